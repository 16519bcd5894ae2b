package org.disclosurerollup.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.disclosurerollup.catalog.Catalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FillInTemplateTest {

    private static final Catalog CATALOG = Catalog.fromClasspath();
    private static final XSSFWorkbook V2014 = render("V2014", "四坝镇", 2017);
    private static final XSSFWorkbook V2019 = render("V2019", "四坝镇", 2019);
    private static final XSSFWorkbook V2021 = render("V2021", "东大街街道", 2024);

    private static XSSFWorkbook render(String template, String unit, int year) {
        return FillInTemplate.render(new FillInTemplate.Request(CATALOG.template(template).orElseThrow(), unit,
                "township", year));
    }

    private static XSSFWorkbook workbook(String template) {
        return switch (template) {
            case "V2014" -> V2014;
            case "V2019" -> V2019;
            default -> V2021;
        };
    }

    private static XSSFSheet form(String template) {
        return workbook(template).getSheet(FillInTemplate.FORM_SHEET);
    }

    @ParameterizedTest
    @CsvSource({"V2014, 四坝镇, 2017, 58", "V2019, 四坝镇, 2019, 198", "V2021, 东大街街道, 2024, 200"})
    void putsUnitAndYearInCellsOfTheirOwnAndValidatesEveryValueCell(String template, String unit, int year,
                                                                     int values) {
        XSSFWorkbook workbook = workbook(template);
        assertThat(workbook.getSheetName(0)).isEqualTo("统计表");
        assertThat(workbook.getSheetName(1)).isEqualTo("自查");
        assertThat(workbook.getSheetName(2)).isEqualTo("填表说明");
        XSSFSheet form = form(template);
        assertThat(form.getRow(0).getCell(0).getStringCellValue()).isEqualTo(year + "年度政府信息公开统计表（" + template + "）");
        assertThat(cellWithText(form, "填报单位：" + unit)).map(Cell::getRowIndex).contains(1);
        assertThat(cellWithText(form, "年度：" + year)).map(Cell::getRowIndex).contains(1);
        assertThat(form.getDataValidations()).hasSize(values);
        assertThat(form.getDataValidations()).allSatisfy(validation -> {
            assertThat(validation.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.FORMULA);
            assertThat(validation.getEmptyCellAllowed()).isTrue();
            assertThat(validation.getShowPromptBox()).isTrue();
            assertThat(validation.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
        });
    }

    @ParameterizedTest
    @CsvSource({"V2014", "V2019", "V2021"})
    void locksLabelsAndHeadersWithoutPasswordAndLeavesValueCellsOpen(String template) {
        XSSFSheet form = form(template);
        assertThat(form.getProtect()).isTrue();
        assertThat(form.getCTWorksheet().getSheetProtection().isSetPassword()).isFalse();
        assertThat(form.isFormatColumnsLocked()).isFalse();
        for (XSSFDataValidation validation : form.getDataValidations()) {
            var address = validation.getRegions().getCellRangeAddress(0);
            Cell value = form.getRow(address.getFirstRow()).getCell(address.getFirstColumn());
            assertThat(value.getCellType()).isEqualTo(CellType.BLANK);
            assertThat(value.getCellStyle().getLocked()).isFalse();
            assertThat(value.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(value.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.LIGHT_YELLOW.getIndex());
        }
        assertThat(cellWithText(form, "填报单位：" + (template.equals("V2021") ? "东大街街道" : "四坝镇")).orElseThrow()
                .getCellStyle().getLocked()).isTrue();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "V2021 | 一、本年新收政府信息公开申请数量 | 3 | 0 | IF(ISNUMBER(F24),AND(F24>=0,F24=INT(F24)),OR(F24=\"—\",F24=\"-\",F24=\"/\",F24=\"不适用\"))",
        "V2021 | 行政事业性收费 | 1 | 0.00 | IF(ISNUMBER(D18),AND(D18>=0,D18=ROUND(D18,2)),OR(D18=\"—\",D18=\"-\",D18=\"/\",D18=\"不适用\"))",
        "V2019 | 行政许可 | 2 | +0;-0;0 | IF(ISNUMBER(F12),AND(F12=INT(F12)),OR(F12=\"—\",F12=\"-\",F12=\"/\",F12=\"不适用\"))",
        "V2014 | 2.政府网站公开政府信息数 | 1 | 0 | IF(ISNUMBER(C12),AND(C12>=0,C12=INT(C12)),OR(C12=\"—\",C12=\"-\",C12=\"/\",C12=\"不适用\"))",
    })
    void validatesCountsAmountsAndSignedCellsByTheirType(String template, String label, int valueIndex,
                                                          String format, String formula) {
        XSSFSheet form = form(template);
        Row row = cellWithText(form, label).orElseThrow().getRow();
        List<Cell> values = new ArrayList<>();
        row.forEach(cell -> {
            if (!cell.getCellStyle().getLocked() && (values.isEmpty()
                    || !isMergedWithPrevious(form, cell))) {
                values.add(cell);
            }
        });
        Cell value = values.get(valueIndex - 1);
        assertThat(value.getCellStyle().getDataFormatString()).isEqualTo(format);
        XSSFDataValidation validation = form.getDataValidations().stream()
                .filter(v -> v.getRegions().getCellRangeAddress(0).isInRange(value)).findFirst().orElseThrow();
        assertThat(validation.getValidationConstraint().getFormula1()).isEqualTo(formula);
        assertThat(validation.getPromptBoxTitle()).isEqualTo("填写说明");
    }

    @Test
    void promptsInChineseByWhatTheCellHolds() {
        assertThat(InputCells.prompt(CATALOG.template("V2021").orElseThrow().cell("P06@AMT").orElseThrow()))
                .isEqualTo("填金额，单位万元，大于或等于0，最多两位小数（不要按“元”填）。没有发生填0，不适用填“—”，未掌握的留空。");
        assertThat(InputCells.prompt(CATALOG.template("V2014").orElseThrow().cell("L09_3").orElseThrow()))
                .isEqualTo("填大于或等于0的整数（单位：人次）。没有发生填0，不适用填“—”，未掌握的留空。");
    }

    @Test
    void mergesTheThreeLevelHeaderOfTable3AndPrintsTable4InOneRow() {
        XSSFSheet form = form("V2021");
        int top = cellWithText(form, "申请人情况").orElseThrow().getRowIndex();
        assertThat(form.getMergedRegions()).contains(
                new CellRangeAddress(top, top + 2, 0, 2),
                new CellRangeAddress(top, top, 3, 9),
                new CellRangeAddress(top + 1, top + 2, 3, 3),
                new CellRangeAddress(top + 1, top + 1, 4, 8),
                new CellRangeAddress(top + 1, top + 2, 9, 9));
        assertThat(form.getRow(top).getCell(0).getStringCellValue())
                .isEqualTo("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
        int t4 = cellWithText(form, "行政复议").orElseThrow().getRowIndex();
        assertThat(form.getMergedRegions()).contains(
                new CellRangeAddress(t4, t4, 0, 4),
                new CellRangeAddress(t4, t4, 5, 14),
                new CellRangeAddress(t4 + 1, t4 + 2, 0, 0),
                new CellRangeAddress(t4 + 1, t4 + 1, 5, 9),
                new CellRangeAddress(t4 + 1, t4 + 1, 10, 14));
        assertThat(form.getRow(t4 + 2).getCell(14).getStringCellValue()).isEqualTo("总计");
        assertThat(form.getRow(t4 + 3).getCell(14).getCellStyle().getLocked()).isFalse();
    }

    @Test
    void usesTheOfficialFontsBordersAndFormats() {
        XSSFSheet form = form("V2021");
        assertThat(font(form.getRow(0).getCell(0))).extracting(XSSFFont::getFontName, XSSFFont::getFontHeight,
                XSSFFont::getBold).containsExactly("宋体", (short) 320, true);
        assertThat(font(cellWithText(form, "填报单位：东大街街道").orElseThrow()))
                .extracting(XSSFFont::getFontName, XSSFFont::getFontHeight).containsExactly("仿宋", (short) 240);
        Cell header = cellWithText(form, "自然人").orElseThrow();
        assertThat(font(header)).extracting(XSSFFont::getFontName, XSSFFont::getFontHeight, XSSFFont::getBold)
                .containsExactly("宋体", (short) 210, true);
        Cell label = cellWithText(form, "1.属于国家秘密").orElseThrow();
        assertThat(font(label)).extracting(XSSFFont::getFontName, XSSFFont::getFontHeight, XSSFFont::getBold)
                .containsExactly("宋体", (short) 210, false);
        for (CellStyle style : List.of(header.getCellStyle(), label.getCellStyle(),
                label.getRow().getCell(3).getCellStyle())) {
            assertThat(List.of(style.getBorderTop(), style.getBorderBottom(), style.getBorderLeft(),
                    style.getBorderRight())).containsOnly(BorderStyle.THIN);
        }
        assertThat(label.getCellStyle().getWrapText()).isTrue();
        assertThat(form.getColumnWidth(2) / 256).isEqualTo(36);
        assertThat(form.getColumnWidth(0) / 256).isEqualTo(9);
    }

    @Test
    void printsOnA4WithRepeatedTitleAndFrozenHeader() {
        XSSFSheet v2014 = form("V2014");
        assertThat(v2014.getPrintSetup().getLandscape()).isFalse();
        assertThat(v2014.getPrintSetup().getPaperSize()).isEqualTo((short) 9);
        assertThat(v2014.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        assertThat(v2014.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
        assertThat(v2014.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 5);
        assertThat(v2014.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:5"));
        assertThat(v2014.getMargin(org.apache.poi.ss.usermodel.PageMargin.LEFT)).isEqualTo(0.5);
        assertThat(v2014.getFooter().getCenter()).isEqualTo("第 &P 页，共 &N 页");
        XSSFSheet v2021 = form("V2021");
        assertThat(v2021.getPrintSetup().getLandscape()).isTrue();
        assertThat(v2021.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
        assertThat(v2021.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:2"));
    }

    @Test
    void listsTheRulesOfTheTemplateInPlainChinese() {
        XSSFSheet instructions = V2021.getSheet(FillInTemplate.INSTRUCTIONS_SHEET);
        assertThat(cellWithText(instructions, "表三“一、本年新收政府信息公开申请数量”行：总计应等于自然人与各类法人或其他组织之和"))
                .map(cell -> cell.getRow().getCell(2).getStringCellValue()).contains(TemplateInstructions.MUST);
        assertThat(cellWithText(instructions, "表三“（三）不予公开·1.属于国家秘密”行：总计应等于自然人与各类法人或其他组织之和"))
                .isPresent();
        assertThat(cellWithText(instructions, "表四“行政诉讼·未经复议直接起诉”：总计应等于结果维持、结果纠正、其他结果、尚未审结之和"))
                .isPresent();
        assertThat(cellWithText(instructions, "没有发生的填 0；不适用的填“—”；不掌握、未填的留空（留空表示未填，不会当作 0 上报）。"))
                .isPresent();
        assertThat(cellWithText(instructions, "工作表“自查”随填随查下面的校验规则：“通过”为满足，“不符”给出规则两边的数，"
                + "统计表中相关单元格同时标红；报送前请改正“不符”的“必须相符”规则，“警告”类请核实。")).isPresent();
        long rules = CATALOG.template("V2021").orElseThrow().rules().stream()
                .filter(rule -> rule.appliesTo("township")).count();
        assertThat(cellWithText(instructions, String.valueOf(rules))).isEmpty();
        XSSFSheet v2014 = V2014.getSheet(FillInTemplate.INSTRUCTIONS_SHEET);
        assertThat(cellWithText(v2014, "收到申请数应等于当面、传真、网络、信函申请数之和")
                .map(cell -> cell.getRow().getCell(2).getStringCellValue())).contains(TemplateInstructions.MUST);
        assertThat(cellWithText(v2014, "保持 .xlsx 格式和文件名“四坝镇_2017.xlsx”（单位名称_年度.xlsx）；"
                + "更正后重报可在后面加说明，如“四坝镇_2017_更正.xlsx”。")).isPresent();
    }

    @ParameterizedTest
    @CsvSource({"四坝镇, 2017, 四坝镇_2017.xlsx", "'区财政局/国库', 2024, 区财政局_国库_2024.xlsx",
        "' A:B*C? ', 2024, A_B_C__2024.xlsx"})
    void namesFilesByUnitAndYearSafely(String unit, int year, String file) {
        assertThat(FillInTemplate.fileName(unit, year)).isEqualTo(file);
    }

    private static XSSFFont font(Cell cell) {
        return ((XSSFWorkbook) cell.getSheet().getWorkbook()).getFontAt(cell.getCellStyle().getFontIndex());
    }

    private static boolean isMergedWithPrevious(XSSFSheet sheet, Cell cell) {
        return sheet.getMergedRegions().stream().anyMatch(region -> region.isInRange(cell)
                && region.getFirstColumn() < cell.getColumnIndex());
    }

    private static Optional<Cell> cellWithText(XSSFSheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                    return Optional.of(cell);
                }
            }
        }
        return Optional.empty();
    }
}
