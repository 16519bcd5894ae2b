package org.disclosurerollup.checking;

import java.util.Locale;

/** The {@code status} of a submission in {@code submissions.csv}; MISSING is for expected units without one. */
public enum SubmissionStatus {
    ACCEPTED, REJECTED, MISSING, SUPERSEDED, DUPLICATE, UNEXPECTED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SubmissionStatus ofId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
