package org.disclosurerollup.audit;

import java.util.Locale;

/** What a problem is about; the problem lists show a file's own problems first, then its rows, then its submissions. */
public enum ProblemLevel {
    /** A file rejected whole, or a copy of another file. */
    FILE,
    /** One row (a value cell of a form). */
    ROW,
    /** A submission as a whole: a rule, the choice between versions, last year. */
    SUBMISSION;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
