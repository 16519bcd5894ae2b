package org.disclosurerollup.audit;

/** The stable reason codes of the contract (the {@code reason} column of {@code rejected-rows.csv}). */
public enum Reason {
    UNREADABLE_FILE("unreadable-file", "文件无法读取"),
    ENCODING_ERROR("encoding-error", "文件编码无法识别"),
    MISSING_LABEL("missing-label", "缺少必需的列或标签"),
    UNKNOWN_UNIT("unknown-unit", "单位不在报送名单中"),
    YEAR_MISMATCH("year-mismatch", "年度不符"),
    TEMPLATE_MISMATCH("template-mismatch", "报表格式与年度不符"),
    UNKNOWN_CODE("unknown-code", "指标代码或名称无法识别"),
    TYPE_ERROR("type-error", "不是数字"),
    NEGATIVE_VALUE("negative-value", "数值为负"),
    NOT_INTEGER("not-integer", "应为整数"),
    DUPLICATE_CELL("duplicate-cell", "同一指标重复填报且数值不同"),
    MALFORMED_ROW("malformed-row", "行格式错误"),
    RULE_VIOLATION("rule-violation", "不符合勾稽关系");

    private final String id;
    private final String title;

    Reason(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** The identifier written to the CSV outputs. */
    public String id() {
        return id;
    }

    /** A short Chinese title for the workbook. */
    public String title() {
        return title;
    }

    public static Reason ofId(String id) {
        for (Reason reason : values()) {
            if (reason.id.equals(id)) {
                return reason;
            }
        }
        throw new IllegalArgumentException("unknown reason " + id);
    }
}
