package org.disclosurerollup.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disclosurerollup.reading.FormWorkbooks.merge;
import static org.disclosurerollup.reading.FormWorkbooks.put;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.disclosurerollup.catalog.Catalog;
import org.disclosurerollup.catalog.Template;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfficialFormReaderTest {

    private static final Catalog CATALOG = Catalog.fromClasspath();
    private static final OfficialFormReader READER = new OfficialFormReader(CATALOG);

    @ParameterizedTest
    @CsvSource({"V2014, xlsx", "V2019, xlsx", "V2021, xlsx", "V2014, xls", "V2019, xls", "V2021, xls"})
    void everyCellOfAnOfficialLayoutIsReadBackExactly(String templateId, String format) throws IOException {
        Template template = CATALOG.template(templateId).orElseThrow();
        Workbook workbook = "xls".equals(format) ? FormWorkbooks.xls() : FormWorkbooks.xlsx();
        Sheet sheet = workbook.createSheet("统计表");
        put(sheet, "A1", "填报单位：四坝镇");
        put(sheet, "C1", "年度：2020");
        Map<String, String> expected = FormWorkbooks.officialTables(sheet, template, 2);

        OfficialFormReading.Form form = form(reopen(workbook));

        assertThat(form.template()).isEqualTo(templateId);
        assertThat(form.cellsFound()).containsEntry(templateId, template.valueCells().size());
        assertThat(valuesByCode(form)).isEqualTo(expected);
        assertThat(form.rows()).allSatisfy(row -> {
            assertThat(row.problem()).isNull();
            assertThat(row.unit()).isEqualTo("四坝镇");
            assertThat(row.year()).isEqualTo("2020");
        });
    }

    @Test
    void oneTablePerSheetInAnyOrderAfterANotesSheet() throws IOException {
        Workbook workbook = FormWorkbooks.xlsx();
        Sheet notes = workbook.createSheet("填表说明");
        put(notes, "A1", "填报单位：填写本单位全称");
        put(notes, "A2", "1.本表数据为本年度数据");
        Template v2021 = CATALOG.template("V2021").orElseThrow();
        Map<String, String> expected = new LinkedHashMap<>();
        for (String table : List.of("T4", "T3", "T2")) {
            Sheet sheet = workbook.createSheet("表" + table.substring(1));
            put(sheet, "A1", "2021年度政府信息公开工作年度报告");
            put(sheet, "A2", "填报单位：东大街街道");
            expected.putAll(FormWorkbooks.officialTables(sheet, v2021, 3, table));
        }

        OfficialFormReading.Form form = form(workbook);

        assertThat(form.template()).isEqualTo("V2021");
        assertThat(form.unit()).isEqualTo("东大街街道");
        assertThat(form.year()).isEqualTo("2021");
        assertThat(valuesByCode(form)).hasSize(200).containsAllEntriesOf(expected);
        assertThat(form.rows().get(0).sheet()).isEqualTo("表4");
    }

    @Test
    void aHiddenSheetIsNotRead() throws IOException {
        Workbook workbook = FormWorkbooks.xlsx();
        v2014(workbook, 4, "1.当面申请数", "件", 1);
        Sheet old = workbook.createSheet("去年");
        rows(old, 2, "1.当面申请数", "件", 9);
        workbook.setSheetHidden(1, true);

        assertThat(form(workbook).rows()).extracting(RawRow::sheet, RawRow::value).containsExactly(tuple("统计表", "1"));
    }

    /** Written by a program that does not calculate: {@code <f>} with no {@code <v>}, or an empty {@code <v/>}. */
    @Test
    void aFormulaSavedWithoutItsResultIsAValueWithAProblem() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet sheet = v2014(workbook, 4,
                "(一)主动公开政府信息数", "条", null,
                "其中：主动公开规范性文件数：", "条", 49,
                "1、政府公报公开政府信息数", "条", null);
        sheet.getRow(3).createCell(2).setCellFormula("C5*2");
        XSSFCell emptyResult = (XSSFCell) sheet.getRow(5).createCell(2);
        emptyResult.setCellFormula("C5+1");
        emptyResult.getCTCell().setV("");

        OfficialFormReading.Form form = form(reopen(workbook));

        assertThat(form.rows()).extracting(RawRow::cellRef, RawRow::code, RawRow::value, RawRow::problem)
                .containsExactly(
                        tuple("C4", "L01_1", "", "单元格C4是公式（=C5*2），但文件中没有保存计算结果：请用Excel或WPS打开后保存再提交"),
                        tuple("C5", "L01_1a", "49", null),
                        tuple("C6", "L01_2_1", "", "单元格C6是公式（=C5+1），但文件中没有保存计算结果：请用Excel或WPS打开后保存再提交"));
    }

    @Test
    void quoteVariantsAndLineBreaksInLabelsAndHeaders() throws IOException {
        Workbook workbook = FormWorkbooks.xlsx();
        Sheet sheet = workbook.createSheet("表三");
        Map<String, String> expected = FormWorkbooks.officialTables(sheet, CATALOG.template("V2021")
                .orElseThrow(), 0, "T3");
        replace(sheet, "3.危及“三安全一稳定”", "3.危及「三安全一稳定」");
        replace(sheet, "法人或其他组织", "法人或\n其他组织");
        replace(sheet, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "(二)部分公开(区分处理的，\n只计这一情形，不计其他情形)");
        replace(sheet, "4.保护第三方合法权益", "4. 保护第三方合法权益");

        OfficialFormReading.Form form = form(workbook);

        assertThat(valuesByCode(form)).isEqualTo(expected);
        assertThat(row(form, "A03_2@NP").indicator()).isEqualTo("三、本年度办理结果/(二)部分公开(区分处理的，只计这一情形，不计其他情形)");
        assertThat(row(form, "A03_3_3@CE").column()).isEqualTo("法人或其他组织/商业企业");
    }

    @Test
    void aVerticalListWithATitleBlankRowsAndLooseLabels() throws IOException {
        Workbook workbook = FormWorkbooks.xlsx();
        Sheet sheet = v2014(workbook, 4,
                "(一)主动公开政府信息数", "条", 357,
                "", "", null,
                "其中：主动公开规范性文件数：", "条", 49,
                "二、通过不同渠道和方式公开政府信息的情况", "——", null,
                "1、政府公报公开政府信息数", "条", 1,
                "2.政府网站\n公开政府信息数", "条", 90,
                "", "", null,
                "主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "条", null);

        OfficialFormReading.Form form = form(workbook);

        assertThat(form.template()).isEqualTo("V2014");
        assertThat(form.rows()).extracting(RawRow::cellRef, RawRow::code, RawRow::value).containsExactly(
                tuple("C4", "L01_1", "357"), tuple("C6", "L01_1a", "49"), tuple("C8", "L01_2_1", "1"),
                tuple("C9", "L01_2_2", "90"));
        assertThat(form.rows().get(3).indicator()).isEqualTo("2.政府网站公开政府信息数");
    }

    @ParameterizedTest
    @CsvSource({"统计数（2017年）", "数值", "2017年", "2017年度数据"})
    void theValueColumnOfAVerticalListUnderItsHeaderAsPeopleWriteIt(String header) throws IOException {
        Workbook workbook = FormWorkbooks.xlsx();
        v2014(workbook, 4, "1.当面申请数", "件", 1);
        replace(workbook.getSheetAt(0), "统计数", header);

        assertThat(form(workbook).rows()).extracting(RawRow::code, RawRow::value, RawRow::problem)
                .containsExactly(tuple("L03_1_1", "1", null));
    }

    @Test
    void aBlankValueCellIsAnEmptyRowSoEveryValueCellIsCounted() throws IOException {
        Workbook workbook = FormWorkbooks.xlsx();
        v2014(workbook, 4, "（一）收到申请数", "件", null, "1.当面申请数", "件", 2, "2.传真申请数", "件", "");
        put(workbook.getSheetAt(0), "C4", "");

        assertThat(form(workbook).rows()).extracting(RawRow::code, RawRow::value)
                .containsExactly(tuple("L03_1", ""), tuple("L03_1_1", "2"), tuple("L03_1_2", ""));
    }

    @Test
    void valuesAreTheCellsTextForTheValueParser() throws IOException {
        Workbook workbook = FormWorkbooks.xlsx();
        Sheet sheet = v2014(workbook, 4,
                "1.当面申请数", "件", null,
                "2.传真申请数", "件", "１２",
                "3.网络申请数", "件", "0件",
                "4.信函申请数", "件", "—",
                "（二）申请办结数", "件", null,
                "1.按时办结数", "件", "见附件");
        Cell formula = put(sheet, "C4", 0);
        formula.setCellFormula("1+2");
        workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(formula);
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        Cell dated = put(sheet, "C8", 0);
        dated.setCellValue(LocalDate.of(2024, 1, 5));
        dated.setCellStyle(date);

        assertThat(form(workbook).rows()).extracting(RawRow::code, RawRow::value).containsExactly(
                tuple("L03_1_1", "3"), tuple("L03_1_2", "１２"), tuple("L03_1_3", "0件"), tuple("L03_1_4", "—"),
                tuple("L03_2", "2024-01-05"), tuple("L03_2_1", "见附件"));
    }

    @Test
    void aLabelTheTemplateDoesNotKnowIsAProblemNamingTheCellWhenItHasAValue() throws IOException {
        Workbook workbook = FormWorkbooks.xlsx();
        v2014(workbook, 4, "1.当面申请数", "件", 1, "主动公开信息总量", "条", 5, "2.传真申请数", "件", 2,
                "3.网上申请数", "件", "");

        List<RawRow> rows = form(workbook).rows();

        assertThat(rows).extracting(RawRow::cellRef).containsExactly("C4", "C5", "C6");
        assertThat(rows.get(1)).isEqualTo(new RawRow("统计表", 5, "C5", "四坝镇", "2017", null, "主动公开信息总量", null,
                "5", "工作表“统计表”第5行（单元格C5）的指标“主动公开信息总量”不是V2014模板中的指标：请使用官方表格的指标名称"));
    }

    @Test
    void anUnknownRowLabelInAMatrixIsAProblemForEachValueOfItsRow() throws IOException {
        Workbook workbook = FormWorkbooks.xlsx();
        Sheet sheet = workbook.createSheet("表三");
        Map<String, String> expected = FormWorkbooks.officialTables(sheet, CATALOG.template("V2021").orElseThrow(), 0,
                "T3");
        Cell label = replace(sheet, "2.其他法律行政法规禁止公开", "2.其它法律禁止公开");

        OfficialFormReading.Form form = form(workbook);

        List<RawRow> problems = form.rows().stream().filter(RawRow::malformed).toList();
        assertThat(problems).hasSize(7).allSatisfy(row -> {
            assertThat(row.rowNumber()).isEqualTo(label.getRowIndex() + 1);
            assertThat(row.indicator()).isEqualTo("2.其它法律禁止公开");
            assertThat(row.problem()).endsWith("的指标“2.其它法律禁止公开”不是V2021模板中的指标：请使用官方表格的指标名称");
        });
        expected.keySet().removeIf(code -> code.startsWith("A03_3_2@"));
        Map<String, String> read = form.rows().stream().filter(row -> !row.malformed())
                .collect(Collectors.toMap(RawRow::code, RawRow::value, (a, b) -> a + "|" + b, LinkedHashMap::new));
        assertThat(read).isEqualTo(expected);
    }

    @Test
    void aLabelOfTwoSectionsWithoutItsSectionIsAmbiguousNotAPick() throws IOException {
        Workbook workbook = FormWorkbooks.xlsx();
        v2014(workbook, 4, "1.当面申请数", "件", 1, "（二）被依法纠错数", "件", 3);

        RawRow row = form(workbook).rows().get(1);

        assertThat(row.code()).isNull();
        assertThat(row.problem()).isEqualTo("工作表“统计表”第5行（单元格C5）的指标“（二）被依法纠错数”可对应V2014模板中的多个指标"
                + "（L04_2、L05_2）：请使用官方表格的完整指标名称");
    }

    @Test
    void aHeaderTheTemplateDoesNotKnowIsAProblemForTheValuesUnderIt() throws IOException {
        Workbook workbook = FormWorkbooks.xlsx();
        Sheet sheet = workbook.createSheet("表三");
        FormWorkbooks.officialTables(sheet, CATALOG.template("V2021").orElseThrow(), 0, "T3");
        Cell header = replace(sheet, "科研机构", "科研院所");

        List<RawRow> problems = form(workbook).rows().stream().filter(RawRow::malformed).toList();

        assertThat(problems).hasSize(25).allSatisfy(row -> assertThat(row.column()).isEqualTo("科研院所"));
        assertThat(problems.get(0).problem()).isEqualTo("工作表“表三”第" + problems.get(0).rowNumber() + "行（单元格"
                + problems.get(0).cellRef() + "）所在栏目“科研院所”（单元格" + header.getAddress() + "）不是V2021模板中的栏目："
                + "请使用官方表格的栏目名称");
    }

    @Test
    void aNumberInALabelledRowButUnderNoHeaderIsAProblem() throws IOException {
        Workbook workbook = FormWorkbooks.xlsx();
        Sheet sheet = workbook.createSheet("表三");
        put(sheet, "B1", "自然人");
        put(sheet, "D1", "总计");
        put(sheet, "A2", "一、本年新收政府信息公开申请数量");
        put(sheet, "B2", 1);
        put(sheet, "C2", 7);
        put(sheet, "D2", 1);
        put(sheet, "A3", "3.其他");
        put(sheet, "B3", 0);

        List<RawRow> rows = form(workbook).rows();

        assertThat(rows).extracting(RawRow::code).containsExactly("A01@NP", null, "A01@TT", "A03_6_3@NP", "A03_6_3@TT");
        assertThat(rows.get(1).problem()).isEqualTo("工作表“表三”第2行（单元格C2）的数值“7”在指标“一、本年新收政府信息公开申请数量”"
                + "这一行，但不在V2021模板此行的任何栏目下：请把数值填到官方表格对应栏目的单元格中");
    }

    @Test
    void aHeadingRowWithANumberIsPassedOnForTheCheckerToReject() throws IOException {
        Workbook workbook = FormWorkbooks.xlsx();
        v2014(workbook, 4, "一、主动公开情况", "——", 5, "（一）主动公开政府信息数", "条", 1, "二、回应解读情况", "——", "—");

        assertThat(form(workbook).rows()).extracting(RawRow::code, RawRow::value)
                .containsExactly(tuple("L01", "5"), tuple("L01_1", "1"));
    }

    @Test
    void aV2014FormOfALaterYearIsStillV2014() throws IOException {
        Workbook workbook = FormWorkbooks.xlsx();
        v2014(workbook, 4, "1.当面申请数", "件", 1, "2.传真申请数", "件", 2);
        replace(workbook.getSheetAt(0), "年度：2017", "年度：2024");

        OfficialFormReading.Form form = form(workbook);

        assertThat(form.template()).isEqualTo("V2014");
        assertThat(form.year()).isEqualTo("2024");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "填报单位：四坝镇　　年度：2019 | | 四坝镇 | 2019",
            "填报单位（盖章）： | 四坝镇 | 四坝镇 | ",
            "2018年度政府信息公开情况统计表 | | | 2018",
            "报告年度：2021年 | | | 2021年",
            "单位：万元 | | | "})
    void unitAndYearFromTheLinesAboveTheTable(String line, String nextCell, String unit, String year)
            throws IOException {
        Workbook workbook = FormWorkbooks.xlsx();
        Sheet sheet = workbook.createSheet("统计表");
        put(sheet, "A1", line);
        if (nextCell != null) {
            put(sheet, "B1", nextCell);
        }
        rows(sheet, 3, "1.当面申请数", "件", 1);

        OfficialFormReading.Form form = form(workbook);

        assertThat(form.unit()).isEqualTo(unit);
        assertThat(form.year()).isEqualTo(year);
    }

    @Test
    void aWorkbookWithoutAnOfficialTableSaysWhatItSaw() throws IOException {
        Workbook workbook = FormWorkbooks.xlsx();
        Sheet sheet = workbook.createSheet("Sheet1");
        put(sheet, "A1", "单位");
        put(sheet, "B1", "代码");
        put(sheet, "C1", "数值");
        put(sheet, "A2", "四坝镇");
        put(sheet, "B2", "L01_1");
        put(sheet, "C2", 5);

        assertThat(READER.looksLikeOfficialForm(workbook)).isFalse();
        assertThat(READER.read(workbook)).isEqualTo(new OfficialFormReading.NoForm(List.of("单位", "代码", "数值", "四坝镇",
                "L01_1"), "没有找到V2014、V2019或V2021格式的官方统计表：工作簿中最先出现的文字是“单位”、“代码”、“数值”、“四坝镇”、"
                + "“L01_1”。请使用官方表格的指标名称和栏目填报，或按长表格式（单位、年度、指标代码、数值）填报"));
    }

    @Test
    void aTableBothV2019AndV2021PrintIdenticallyDoesNotTellTheTemplate() throws IOException {
        Workbook workbook = FormWorkbooks.xlsx();
        Sheet sheet = workbook.createSheet("表三");
        put(sheet, "B1", "自然人");
        put(sheet, "C1", "总计");
        put(sheet, "A2", "一、本年新收政府信息公开申请数量");
        put(sheet, "B2", 1);
        put(sheet, "C2", 1);

        OfficialFormReading reading = READER.read(workbook);

        assertThat(reading).isInstanceOf(OfficialFormReading.NoForm.class);
        assertThat(((OfficialFormReading.NoForm) reading).message()).isEqualTo("表格的指标同时符合V2019、V2021模板（各2个），"
                + "无法判断是哪一种：请使用本年度的官方表格，保留完整的指标名称和栏目");
    }

    /** A V2014 form: title, 填报单位/年度 line, header at row 3, then label/unit/value triples from row {@code first}. */
    private static Sheet v2014(Workbook workbook, int first, Object... cells) {
        Sheet sheet = workbook.createSheet("统计表");
        put(sheet, "A1", "政府信息公开情况统计表");
        merge(sheet, "A1:C1");
        put(sheet, "A2", "填报单位：四坝镇");
        put(sheet, "C2", "年度：2017");
        put(sheet, "A3", "统计指标");
        put(sheet, "B3", "单位");
        put(sheet, "C3", "统计数");
        rows(sheet, first, cells);
        return sheet;
    }

    private static void rows(Sheet sheet, int first, Object... cells) {
        if (sheet.getRow(first - 2) == null || sheet.getRow(first - 2).getCell(2) == null) {
            put(sheet, "A" + (first - 1), "统计指标");
            put(sheet, "B" + (first - 1), "单位");
            put(sheet, "C" + (first - 1), "统计数");
        }
        for (int i = 0; i < cells.length; i += 3) {
            int row = first + i / 3;
            put(sheet, "A" + row, cells[i]);
            put(sheet, "B" + row, cells[i + 1]);
            if (cells[i + 2] != null) {
                put(sheet, "C" + row, cells[i + 2]);
            }
        }
    }

    private static Cell replace(Sheet sheet, String text, String replacement) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && cell.getStringCellValue().equals(text)) {
                    cell.setCellValue(replacement);
                    return cell;
                }
            }
        }
        throw new IllegalArgumentException("no cell " + text);
    }

    private static RawRow row(OfficialFormReading.Form form, String code) {
        return form.rows().stream().filter(row -> code.equals(row.code())).findFirst().orElseThrow();
    }

    private static Map<String, String> valuesByCode(OfficialFormReading.Form form) {
        return form.rows().stream().collect(Collectors.toMap(RawRow::code, RawRow::value, (a, b) -> a + "|" + b,
                LinkedHashMap::new));
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    private static OfficialFormReading.Form form(Workbook workbook) {
        OfficialFormReading reading = READER.read(workbook);
        assertThat(reading).isInstanceOf(OfficialFormReading.Form.class);
        return (OfficialFormReading.Form) reading;
    }

    private static Workbook reopen(Workbook workbook) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        workbook.write(bytes);
        workbook.close();
        return WorkbookFactory.create(new ByteArrayInputStream(bytes.toByteArray()));
    }
}
