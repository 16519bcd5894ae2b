package org.disclosurerollup.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disclosurerollup.export.SelfCheckWorkbooks.filled;
import static org.disclosurerollup.export.SelfCheckWorkbooks.passingEveryRule;
import static org.disclosurerollup.export.SelfCheckWorkbooks.request;
import static org.disclosurerollup.export.SelfCheckWorkbooks.statuses;
import static org.disclosurerollup.export.SelfCheckWorkbooks.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.disclosurerollup.catalog.Rule;
import org.disclosurerollup.catalog.Template;
import org.disclosurerollup.reading.OfficialFormReader;
import org.disclosurerollup.reading.OfficialFormReading;
import org.disclosurerollup.reading.RawRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The self-check sheet as written, and its formulas computed by POI's own evaluator (fast; LibreOffice's below). */
class SelfCheckSheetTest {

    private static final XSSFWorkbook BLANK = FillInTemplate.render(request("V2021", 2024));

    @ParameterizedTest
    @CsvSource({"V2014, township, 15", "V2021, township, 44", "V2021, department, 43"})
    void listsEveryRuleThatAppliesToTheUnitInPlainChinese(String id, String unitType, int lines) {
        Template template = template(id);
        XSSFWorkbook book = FillInTemplate.render(new FillInTemplate.Request(template, "区财政局", unitType, 2024));
        XSSFSheet sheet = book.getSheet(FillInTemplate.SELF_CHECK_SHEET);
        List<Rule> rules = template.rules().stream().filter(rule -> rule.appliesTo(unitType)).toList();

        assertThat(statuses(book)).hasSize(lines).containsOnlyKeys(rules.stream().map(Rule::id).toList());
        Map<String, String> labels = TemplateInstructions.rowLabels(template);
        for (int i = 0; i < rules.size(); i++) {
            Row row = sheet.getRow(SelfCheckSheet.HEADER_ROW + 1 + i);
            assertThat(row.getCell(SelfCheckSheet.ID).getStringCellValue()).isEqualTo(rules.get(i).id());
            assertThat(row.getCell(SelfCheckSheet.TEXT).getStringCellValue())
                    .isEqualTo(TemplateInstructions.plain(rules.get(i), labels));
            assertThat(row.getCell(SelfCheckSheet.SEVERITY).getStringCellValue())
                    .isEqualTo(rules.get(i).severity().id().equals("error") ? "必须相符" : "警告");
        }
    }

    @Test
    void aBlankTemplateIsSavedComputedAndRecalculatesOnOpening() {
        assertThat(BLANK.getSheetName(1)).isEqualTo("自查");
        assertThat(statuses(BLANK)).hasSize(44).allSatisfy((rule, status) -> assertThat(status).as(rule).isEmpty());
        assertThat(BLANK.getForceFormulaRecalculation()).isTrue();
        XSSFSheet sheet = BLANK.getSheet(FillInTemplate.SELF_CHECK_SHEET);
        assertThat(sheet.getRow(5).getCell(SelfCheckSheet.STATUS).getCellFormula())
                .isEqualTo("IF($G$6=0,\"\",IF($E$6=$F$6,\"通过\",\"不符：左边 \"&$E$6&\"，右边 \"&$F$6&\"，差 \"&ROUND(ABS($E$6-$F$6),6)))");
        assertThat(sheet.getRow(5).getCell(SelfCheckSheet.LEFT).getCellFormula())
                .isEqualTo("ROUND(SUM('统计表'!$E$24,'统计表'!$E$25),6)");
    }

    @Test
    void isLockedWithoutPasswordWithItsHelperColumnsHidden() {
        XSSFSheet sheet = BLANK.getSheet(FillInTemplate.SELF_CHECK_SHEET);

        assertThat(sheet.getProtect()).isTrue();
        assertThat(sheet.getCTWorksheet().getSheetProtection().isSetPassword()).isFalse();
        assertThat(sheet.getRow(SelfCheckSheet.HEADER_ROW + 1).getCell(SelfCheckSheet.STATUS).getCellStyle().getLocked())
                .isTrue();
        for (int column = SelfCheckSheet.ID; column <= SelfCheckSheet.TOTAL_VALUE; column++) {
            assertThat(sheet.isColumnHidden(column)).as("column %d", column).isEqualTo(column > SelfCheckSheet.STATUS);
        }
    }

    @Test
    void poisEvaluatorPassesConsistentFiguresAndShowsTheOneBrokenRule() {
        Map<String, String> values = passingEveryRule(template("V2021"));
        XSSFWorkbook consistent = filled(request("V2021", 2024), values);
        XSSFFormulaEvaluator.evaluateAllFormulaCells(consistent);
        assertThat(statuses(consistent)).allSatisfy((rule, status) -> assertThat(status).as(rule).isEqualTo("通过"));

        Map<String, String> broken = new LinkedHashMap<>(values);
        broken.put("R1@KEEP", "3");
        broken.put("R1@CORR", "1");
        broken.put("R1@TOT", "5");
        broken.put("P06@AMT", "1000.01");
        XSSFWorkbook book = filled(request("V2021", 2024), broken);
        XSSFFormulaEvaluator.evaluateAllFormulaCells(book);
        Map<String, String> statuses = statuses(book);

        assertThat(statuses).containsEntry("R-SUM-R1", "不符：左边 5，右边 4，差 1")
                .containsEntry("P-FEE-RANGE", "不符：左边 1000.01，右边 1000，差 0.01");
        assertThat(statuses.values()).filteredOn(status -> status.startsWith("不符")).hasSize(2);
    }

    @Test
    void highlightsTheInputCellsOfEachRuleWhenItsStatusIsBroken() {
        XSSFSheet form = BLANK.getSheet(FillInTemplate.FORM_SHEET);
        OfficialFormReading.Form read = (OfficialFormReading.Form) new OfficialFormReader(SelfCheckWorkbooks.CATALOG)
                .read(BLANK);
        Map<String, String> cells = new LinkedHashMap<>();
        read.rows().forEach(row -> cells.put(row.code(), row.cellRef()));

        assertThat(BLANK.getName(SelfCheckSheet.STATUS_NAME).getRefersToFormula()).isEqualTo("'自查'!$D$5:$D$48");
        assertThat(form.getSheetConditionalFormatting().getNumConditionalFormattings()).isEqualTo(44);
        XSSFConditionalFormatting r1 = formattingWith(form, "LEFT(INDEX(自查结果,40),2)=\"不符\"");
        assertThat(covered(r1)).containsExactlyInAnyOrder(cells.get("R1@TOT"), cells.get("R1@KEEP"),
                cells.get("R1@CORR"), cells.get("R1@OTH"), cells.get("R1@PEND"));
        XSSFConditionalFormatting fee = formattingWith(form, "LEFT(INDEX(自查结果,44),2)=\"不符\"");
        assertThat(covered(fee)).containsExactly(cells.get("P06@AMT"));
        assertThat(BLANK.getSheet(FillInTemplate.SELF_CHECK_SHEET).getSheetConditionalFormatting()
                .getNumConditionalFormattings()).isEqualTo(3);
        assertThat(read.rows()).extracting(RawRow::sheet).containsOnly(FillInTemplate.FORM_SHEET);
    }

    /** Every cell a formatting covers, as {@code E54}. */
    private static List<String> covered(XSSFConditionalFormatting formatting) {
        List<String> cells = new ArrayList<>();
        for (CellRangeAddress range : formatting.getFormattingRanges()) {
            range.forEach(cell -> cells.add(cell.formatAsString()));
        }
        return cells;
    }

    private static XSSFConditionalFormatting formattingWith(XSSFSheet form, String formula) {
        var formatting = form.getSheetConditionalFormatting();
        for (int i = 0; i < formatting.getNumConditionalFormattings(); i++) {
            XSSFConditionalFormatting each = formatting.getConditionalFormattingAt(i);
            if (each.getRule(0).getFormula1().equals(formula)) {
                return each;
            }
        }
        throw new AssertionError("no formatting " + formula);
    }
}
