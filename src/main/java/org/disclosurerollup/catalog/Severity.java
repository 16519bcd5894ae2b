package org.disclosurerollup.catalog;

import java.util.Locale;

/** {@code error}: the submission is left out of the totals; {@code warn}: it counts and the warning is listed. */
public enum Severity {
    ERROR, WARN;

    static Severity of(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }

    /** The severity a stored {@link #id()} names. */
    public static Severity ofId(String id) {
        return of(id);
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
