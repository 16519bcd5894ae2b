package org.disclosurerollup.intake;

/** What became of an input file when it was registered. */
public enum FileStatus {
    /** Its rows are read. */
    READABLE,
    /** Rejected whole: unreadable, wrong encoding, a required column missing, unknown unit … */
    REJECTED,
    /** The same bytes as an earlier file of the year: one submission, this copy is not read again. */
    DUPLICATE;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static FileStatus ofId(String id) {
        return valueOf(id.toUpperCase(java.util.Locale.ROOT));
    }
}
