package org.disclosurerollup.reading;

/**
 * The parts of the consolidated workbook this tool writes that a higher level reads back, when an area's workbook is
 * its submission to the level above: the whole-area sheet (the first, named 全区, 全县, 全市 …), the run facts and the
 * submission status. The export writes them with these names; {@link ConsolidatedWorkbookReader} looks for them.
 */
public final class ConsolidatedWorkbookFormat {

    public static final String STATUS_SHEET = "报送情况";
    public static final String RUN_SHEET = "运行信息";
    /** The run facts' labels read back (column A of {@link #RUN_SHEET}; the value in column B). */
    public static final String AREA = "地区";
    /** The label the district version wrote for {@link #AREA}. */
    static final String AREA_BEFORE = "区县";
    public static final String YEAR = "年度";
    public static final String RUN = "运行编号";
    public static final String EXPORTED = "导出时间";
    public static final String FINGERPRINT = "输入指纹";
    /** The columns of {@link #STATUS_SHEET} read back. */
    public static final String STATUS_UNIT_CODE = "单位代码";
    public static final String STATUS_UNIT = "单位";
    public static final String STATUS_TYPE = "类型";
    public static final String STATUS = "状态";
    public static final String STATUS_NOTE = "说明";
    /** Whose workbook it is, in its document properties. */
    public static final String CREATOR = "Disclosure Rollup";

    private ConsolidatedWorkbookFormat() {
    }
}
