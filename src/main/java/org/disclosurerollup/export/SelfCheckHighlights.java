package org.disclosurerollup.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;
import org.disclosurerollup.catalog.Rule;
import org.disclosurerollup.catalog.Severity;

/**
 * The conditional formatting of the self-check: a broken rule's line on the self-check sheet and its input cells on the
 * form light up, red for a rule that must hold, orange for a warning; a passed status shows green. The form's formulas
 * reach the statuses through a workbook name, as conditional formatting that names another sheet directly is not read
 * by every spreadsheet program.
 */
final class SelfCheckHighlights {

    static final String BROKEN_PREFIX = SelfCheckFormulas.BROKEN.substring(0, 2);
    private static final String ERROR_FILL = "FFC7CE";
    private static final IndexedColors ERROR_TEXT = IndexedColors.DARK_RED;
    private static final String WARN_FILL = "FFD8A8";
    private static final IndexedColors WARN_TEXT = IndexedColors.BROWN;
    private static final String PASSED_FILL = "C6EFCE";
    private static final IndexedColors PASSED_TEXT = IndexedColors.GREEN;

    /**
     * @param statuses       the status cells, one column
     * @param severityColumn the column of {@code must} or the warning's word
     */
    void statuses(XSSFSheet sheet, CellRangeAddress statuses, int severityColumn, String must) {
        XSSFSheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        String status = "$" + column(statuses.getFirstColumn()) + (statuses.getFirstRow() + 1);
        String severity = "$" + column(severityColumn) + (statuses.getFirstRow() + 1);
        CellRangeAddress lines = new CellRangeAddress(statuses.getFirstRow(), statuses.getLastRow(), 0,
                statuses.getLastColumn());
        String broken = "LEFT(" + status + ",2)=\"" + BROKEN_PREFIX + "\"";
        formatting.addConditionalFormatting(new CellRangeAddress[] {lines},
                rule(formatting, "AND(" + broken + "," + severity + "=\"" + must + "\")", ERROR_FILL, ERROR_TEXT));
        formatting.addConditionalFormatting(new CellRangeAddress[] {lines},
                rule(formatting, broken, WARN_FILL, WARN_TEXT));
        formatting.addConditionalFormatting(new CellRangeAddress[] {statuses}, rule(formatting,
                "LEFT(" + status + ",2)=\"" + SelfCheckFormulas.PASSED + "\"", PASSED_FILL, PASSED_TEXT));
    }

    /**
     * One formatting per rule over the input cells it reads, on when its status (the {@code k}-th cell of the
     * {@code statusName} range) is broken; the rules that must hold come first, so their red wins.
     */
    void inputs(XSSFSheet form, List<Rule> rules, List<OfficialSheet.PlacedValue> placed, String statusName) {
        Map<String, OfficialSheet.PlacedValue> byCode = new HashMap<>();
        placed.forEach(value -> byCode.put(value.cell().code(), value));
        XSSFSheetConditionalFormatting formatting = form.getSheetConditionalFormatting();
        for (Severity severity : List.of(Severity.ERROR, Severity.WARN)) {
            for (int k = 0; k < rules.size(); k++) {
                Rule rule = rules.get(k);
                if (rule.severity() != severity) {
                    continue;
                }
                List<CellRangeAddress> cells = new ArrayList<>();
                for (String code : SelfCheckFormulas.codes(rule)) {
                    OfficialSheet.PlacedValue value = byCode.get(code);
                    cells.add(new CellRangeAddress(value.row(), value.row(), value.column(), value.column()));
                }
                String formula = "LEFT(INDEX(" + statusName + "," + (k + 1) + "),2)=\"" + BROKEN_PREFIX + "\"";
                formatting.addConditionalFormatting(cells.toArray(CellRangeAddress[]::new), severity == Severity.ERROR
                        ? rule(formatting, formula, ERROR_FILL, ERROR_TEXT) : rule(formatting, formula, WARN_FILL,
                        WARN_TEXT));
            }
        }
    }

    /** The text colour is an indexed one: POI writes a formatting's font colour as RGB without its alpha byte. */
    private static XSSFConditionalFormattingRule rule(XSSFSheetConditionalFormatting formatting, String formula,
                                                      String fill, IndexedColors text) {
        XSSFConditionalFormattingRule rule = formatting.createConditionalFormattingRule(formula);
        var pattern = rule.createPatternFormatting();
        pattern.setFillBackgroundColor(colour(fill));
        pattern.setFillForegroundColor(colour(fill));
        pattern.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        rule.createFontFormatting().setFontColorIndex(text.getIndex());
        return rule;
    }

    /** An opaque colour, written as ARGB ({@code FFFFC7CE}) as Excel writes its own. */
    private static XSSFColor colour(String rgb) {
        return new XSSFColor(new byte[] {(byte) 0xFF, (byte) Integer.parseInt(rgb.substring(0, 2), 16),
            (byte) Integer.parseInt(rgb.substring(2, 4), 16), (byte) Integer.parseInt(rgb.substring(4, 6), 16)}, null);
    }

    private static String column(int index) {
        return CellReference.convertNumToColString(index);
    }
}
