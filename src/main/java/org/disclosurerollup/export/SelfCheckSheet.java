package org.disclosurerollup.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.disclosurerollup.catalog.Rule;
import org.disclosurerollup.catalog.Severity;

/**
 * The {@value FillInTemplate#SELF_CHECK_SHEET} sheet of a fill-in template: one line per rule that applies to the
 * unit, whose status a formula computes from the input cells of the form while the unit types; and the highlighting of
 * the input cells of a broken rule on the form. Locked like the form; its helper columns (each side's sum, the cells
 * filled, the totals counted when left blank) are hidden.
 */
final class SelfCheckSheet {

    static final String MUST = "必须相符";
    static final String SHOULD = "警告";
    /** The workbook name of the status column, which the form's highlighting reads. */
    static final String STATUS_NAME = "自查结果";
    static final int ID = 0;
    static final int TEXT = 1;
    static final int SEVERITY = 2;
    static final int STATUS = 3;
    static final int LEFT = 4;
    static final int RIGHT = 5;
    static final int FILLED = 6;
    static final int TOTAL_CODE = 8;
    static final int TOTAL_VALUE = 9;
    static final int HEADER_ROW = 3;
    static final List<String> HEADERS = List.of("编号", "规则", "要求", "自查结果", "左边", "右边", "已填", "", "汇总项",
            "计入值");
    private static final int[] WIDTHS = {14, 76, 10, 40};
    private static final float TITLE_POINTS = 26f;
    static final String NOTE = "本表不用填写：公式按“统计表”中已填的数字逐条核对规则。“通过”表示满足；“不符”后面是规则前后两部分"
            + "（左边、右边）的数和差，统计表中这条规则涉及的单元格同时标红（警告类标橙）；规则涉及的单元格都未填时为空白。"
            + "“—”“/”等不适用标记按 0 计，“总计”留空时按各项之和计，其他留空的按 0 计。";

    private final WorkbookStyles styles;

    SelfCheckSheet(WorkbookStyles styles) {
        this.styles = styles;
    }

    /**
     * @param sheet  the empty {@value FillInTemplate#SELF_CHECK_SHEET} sheet
     * @param form   the written form, whose input cells get highlighted
     * @param placed where each value cell of the form is
     */
    void write(XSSFSheet sheet, XSSFSheet form, FillInTemplate.Request request,
               List<OfficialSheet.PlacedValue> placed) {
        List<Rule> rules = request.template().rules().stream().filter(rule -> rule.appliesTo(request.unitType()))
                .toList();
        Map<String, String> inputs = new LinkedHashMap<>();
        placed.forEach(value -> inputs.put(value.cell().code(), reference(form, value.row(), value.column())));
        SelfCheckFormulas formulas = new SelfCheckFormulas(rules, inputs, TOTAL_VALUE, HEADER_ROW + 1);
        int width = head(sheet, FillInTemplate.title(request) + " 自查");
        Map<String, String> labels = TemplateInstructions.rowLabels(request.template());
        int row = HEADER_ROW + 1;
        for (Rule rule : rules) {
            writeRule(sheet.createRow(row++), rule, TemplateInstructions.plain(rule, labels), formulas);
        }
        writeTotals(sheet, formulas);
        for (int column = LEFT; column <= TOTAL_VALUE; column++) {
            sheet.setColumnHidden(column, true);
        }
        CellRangeAddress statuses = new CellRangeAddress(HEADER_ROW + 1, Math.max(HEADER_ROW + 1, row - 1), STATUS,
                STATUS);
        XSSFName name = sheet.getWorkbook().createName();
        name.setNameName(STATUS_NAME);
        name.setRefersToFormula(reference(sheet, statuses.getFirstRow(), STATUS) + ":"
                + new CellReference(statuses.getLastRow(), STATUS, true, true).formatAsString());
        SelfCheckHighlights highlights = new SelfCheckHighlights();
        highlights.statuses(sheet, statuses, SEVERITY, MUST);
        highlights.inputs(form, rules, placed, STATUS_NAME);
        sheet.createFreezePane(0, HEADER_ROW + 1);
        SheetFormat.printA4(sheet, width, HEADER_ROW + 1);
        sheet.setDisplayGridlines(false);
    }

    /** Column widths, the title, the note and the header; returns the width of the visible columns. */
    private int head(XSSFSheet sheet, String title) {
        int width = 0;
        for (int column = 0; column < WIDTHS.length; column++) {
            SheetFormat.columnWidth(sheet, column, WIDTHS[column]);
            width += WIDTHS[column];
        }
        spanning(sheet, 0, title, styles.title).setHeightInPoints(TITLE_POINTS);
        spanning(sheet, 1, NOTE, styles.label)
                .setHeightInPoints(SheetFormat.lines(NOTE, width) * SheetFormat.LINE_POINTS + 4);
        Row header = sheet.createRow(HEADER_ROW);
        for (int column = 0; column < HEADERS.size(); column++) {
            text(header, column, HEADERS.get(column), styles.header);
        }
        return width;
    }

    /** The hidden values that blank totals count with, one a row beside the rules. */
    private void writeTotals(XSSFSheet sheet, SelfCheckFormulas formulas) {
        int row = HEADER_ROW + 1;
        for (String total : formulas.derivedTotals()) {
            Row line = sheet.getRow(row) != null ? sheet.getRow(row) : sheet.createRow(row);
            text(line, TOTAL_CODE, total, styles.blank);
            formula(line, TOTAL_VALUE, formulas.derivedTotal(total), styles.blank);
            row++;
        }
    }

    private void writeRule(Row row, Rule rule, String text, SelfCheckFormulas formulas) {
        text(row, ID, rule.id(), styles.plain.unwrapped());
        text(row, TEXT, text, styles.label);
        text(row, SEVERITY, rule.severity() == Severity.ERROR ? MUST : SHOULD, styles.centred);
        String left = address(row, LEFT);
        String right = address(row, RIGHT);
        String filled = address(row, FILLED);
        formula(row, STATUS, formulas.status(rule, left, right, filled), styles.label);
        formula(row, LEFT, formulas.side(rule.left()), styles.blank);
        formula(row, RIGHT, formulas.side(rule.right()), styles.blank);
        formula(row, FILLED, formulas.filled(rule), styles.blank);
        row.setHeightInPoints(SheetFormat.lines(text, WIDTHS[TEXT]) * SheetFormat.LINE_POINTS + 4);
    }

    private Row spanning(XSSFSheet sheet, int rowIndex, String text, CellStyle style) {
        Row row = sheet.createRow(rowIndex);
        text(row, 0, text, style);
        for (int column = 1; column < WIDTHS.length; column++) {
            row.createCell(column).setCellStyle(style);
        }
        sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, WIDTHS.length - 1));
        return row;
    }

    private static void text(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (!text.isEmpty()) {
            cell.setCellValue(text);
        }
    }

    private static void formula(Row row, int column, String formula, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        cell.setCellFormula(formula);
    }

    /** {@code $E$5}: a cell of this sheet, as the formulas of the same sheet refer to it. */
    private static String address(Row row, int column) {
        return new CellReference(row.getRowNum(), column, true, true).formatAsString();
    }

    /** {@code '统计表'!$F$24}: an input cell, its sheet name always quoted. */
    static String reference(XSSFSheet form, int row, int column) {
        return quotedSheet(form) + new CellReference(row, column, true, true).formatAsString();
    }

    private static String quotedSheet(XSSFSheet sheet) {
        return "'" + sheet.getSheetName().replace("'", "''") + "'!";
    }
}
