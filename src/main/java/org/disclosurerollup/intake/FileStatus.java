package org.disclosurerollup.intake;

/** What became of an input file when it was registered. */
public enum FileStatus {
    /** Found and identified; not read yet. */
    REGISTERED("待读取"),
    /** Its rows are read. */
    READABLE("已读取"),
    /** Rejected whole: unreadable, wrong encoding, a required column missing, unknown unit … */
    REJECTED("整个文件被退回"),
    /** The same bytes as an earlier file of the year: one submission, this copy is not read again. */
    DUPLICATE("重复文件");

    private final String label;

    FileStatus(String label) {
        this.label = label;
    }

    /** How the workbook shows it. */
    public String label() {
        return label;
    }

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static FileStatus ofId(String id) {
        return valueOf(id.toUpperCase(java.util.Locale.ROOT));
    }
}
