package org.disclosurerollup.submission;

import java.util.Locale;

/** The {@code status} of a submission in {@code submissions.csv}; MISSING is for expected units without one. */
public enum SubmissionStatus {
    ACCEPTED("已采用"), REJECTED("被退回"), MISSING("未报送"), SUPERSEDED("已被替代"), DUPLICATE("重复文件"),
    UNEXPECTED("非本年度报送单位");

    private final String label;

    SubmissionStatus(String label) {
        this.label = label;
    }

    /** How the workbook shows it. */
    public String label() {
        return label;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SubmissionStatus ofId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
