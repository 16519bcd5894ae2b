package org.disclosurerollup.register;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The comparison key of a unit name, and the key with the district's prefixes and suffixes taken off. */
final class UnitNames {

    private static final Pattern IGNORED = Pattern.compile("[\\s()\\[\\]【】〔〕]");

    private UnitNames() {
    }

    /** NFKC, without whitespace and without bracket marks (their content is kept). */
    static String key(String name) {
        String normalized = Normalizer.normalize(name, Normalizer.Form.NFKC);
        return IGNORED.matcher(normalized).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** Takes every known prefix off the front and every known suffix off the end, never down to nothing. */
    static String withoutAffixes(String key, List<String> prefixKeys, List<String> suffixKeys) {
        String stripped = key;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String prefix : prefixKeys) {
                if (!prefix.isEmpty() && stripped.startsWith(prefix) && stripped.length() > prefix.length()) {
                    stripped = stripped.substring(prefix.length());
                    changed = true;
                }
            }
        }
        changed = true;
        while (changed) {
            changed = false;
            for (String suffix : suffixKeys) {
                if (!suffix.isEmpty() && stripped.endsWith(suffix) && stripped.length() > suffix.length()) {
                    stripped = stripped.substring(0, stripped.length() - suffix.length());
                    changed = true;
                }
            }
        }
        return stripped;
    }
}
