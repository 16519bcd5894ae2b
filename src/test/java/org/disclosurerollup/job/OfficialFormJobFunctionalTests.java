package org.disclosurerollup.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.disclosurerollup.catalog.Catalog;
import org.disclosurerollup.export.FillInTemplate;
import org.disclosurerollup.reading.OfficialFormReader;
import org.disclosurerollup.reading.OfficialFormReading;
import org.disclosurerollup.reading.RawRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Official forms end to end: the shipped V2021 example as a township typed it, a fill-in template written by the
 * {@code template} command and filled in, and a V2014 form sent for 2024.
 */
class OfficialFormJobFunctionalTests extends JobTestSupport {

    private static final Path EXAMPLES = Path.of("src/test/resources/examples");
    private static final Catalog CATALOG = Catalog.fromClasspath();

    Path input;
    Path output;
    /** 东大街街道's figures in the long layout: code → value. */
    Map<String, String> published;

    @BeforeEach
    void yearOfForms() throws Exception {
        input = work.resolve("input");
        output = work.resolve("output");
        Path year = Files.createDirectories(input.resolve("2024"));
        Files.copy(Path.of("src/test/resources/register/liangzhou-units.csv"), input.resolve("units.csv"));
        published = Files.readAllLines(EXAMPLES.resolve("东大街街道_2024.csv")).stream().skip(1)
                .map(line -> line.split(",")).collect(Collectors.toMap(f -> f[2], f -> f[4]));
        Files.copy(EXAMPLES.resolve("东大街街道_2024.xlsx"), year.resolve("东大街街道_2024.xlsx"));
        fillTemplate("西大街街道", published, year.resolve(FillInTemplate.fileName("西大街街道", 2024)));
        Files.copy(EXAMPLES.resolve("四坝镇_2017.xlsx"), year.resolve("四坝镇_2024.xlsx"));
    }

    @Test
    void formsGiveTheTotalsOfTheirFiguresToTheCell() throws Exception {
        RunOutcome outcome = run(2024, input, output);

        assertThat(outcome.completed()).isTrue();
        Map<String, String> all = Fixtures.lines(output.resolve("2024/totals.csv")).stream().skip(1)
                .map(line -> line.split(",")).filter(f -> f[1].equals("all"))
                .collect(Collectors.toMap(f -> f[2], f -> f[3]));
        assertThat(all).hasSize(published.size());
        published.forEach((code, value) -> assertThat(new BigDecimal(all.get(code)))
                .as(code).isEqualByComparingTo(new BigDecimal(value).multiply(BigDecimal.valueOf(2))));
        assertThat(all).containsEntry("P02@M", "2").containsEntry("R1@TOT", "2");
    }

    @Test
    void aFormOfAnotherYearsTemplateIsRejectedWholeWithItsRowsCounted() throws Exception {
        RunOutcome outcome = run(2024, input, output);

        assertThat(Fixtures.lines(output.resolve("2024/submissions.csv"))).filteredOn(l -> !l.contains(",missing,"))
                .extracting(OfficialFormJobFunctionalTests::withoutSha).containsExactly(
                        "unit_code,unit,type,status,file,accepted,rejected",
                        "620602001,东大街街道,township,accepted,东大街街道_2024.xlsx,200,0",
                        "620602002,西大街街道,township,accepted,西大街街道_2024.xlsx,200,0",
                        "620602116,四坝镇,township,rejected,四坝镇_2024.xlsx,0,58");
        assertThat(Fixtures.lines(output.resolve("2024/rejected-rows.csv"))).containsExactly(
                "file,sheet,row,unit,code,value,reason,message",
                "四坝镇_2024.xlsx,,,四坝镇,,,template-mismatch,这是V2014格式的官方表格，2024年应使用V2021格式："
                        + "请使用区里下发的2024年空白填报模板（template --year 2024 生成）或本年度的官方表格重新填写");
        assertThat(outcome.counts().rowsRead()).isEqualTo(458);
        assertThat(outcome.counts().rowsAccepted()).isEqualTo(400);
    }

    /**
     * What the tester sent: a form rejected whole whose 填报单位 names another unit than its file name (附件1, another
     * year's 年度; a V2019 form named 年报统计表); a workbook with the form and a long sheet besides; a form whose total
     * is a formula saved without its result.
     */
    @Test
    void rejectedFormsCountForTheirUnitBothLayoutsAreRejectedAFormulaWithoutResultIsARejectedRow() throws Exception {
        Path other = work.resolve("other");
        Path year = Files.createDirectories(other.resolve("2024"));
        Files.copy(Path.of("src/test/resources/register/liangzhou-units.csv"), other.resolve("units.csv"));
        fillTemplate("V2021", "丰乐镇", 2023, published, year.resolve("附件1_2024.xlsx"), book -> { });
        fillTemplate("V2019", "高坝镇", 2024, published, year.resolve("年报统计表.xlsx"), book -> { });
        fillTemplate("V2021", "和平镇", 2024, published, year.resolve("和平镇_2024.xlsx"), book -> {
            Sheet longSheet = book.createSheet("长表");
            longSheet.createRow(0).createCell(0).setCellValue("单位");
            longSheet.getRow(0).createCell(1).setCellValue("指标代码");
            longSheet.getRow(0).createCell(2).setCellValue("数值");
            longSheet.createRow(1).createCell(0).setCellValue("和平镇");
            longSheet.getRow(1).createCell(1).setCellValue("P02@M");
            longSheet.getRow(1).createCell(2).setCellValue(1);
        });
        fillTemplate("V2021", "金沙镇", 2024, published, year.resolve("金沙镇_2024.xlsx"), book -> {
            XSSFCell cell = cellOf(book, "R1@TOT");
            cell.setCellFormula("SUM(" + cellOf(book, "R1@KEEP").getReference() + ":"
                    + cellOf(book, "R1@PEND").getReference() + ")");
            cell.getCTCell().unsetV();
            cell.getCTCell().unsetT();
        });

        RunOutcome outcome = run(2024, other, output);

        assertThat(outcome.completed()).isTrue();
        assertThat(Fixtures.lines(output.resolve("2024/submissions.csv"))).filteredOn(l -> !l.contains(",missing,"))
                .extracting(OfficialFormJobFunctionalTests::withoutSha).containsExactly(
                        "unit_code,unit,type,status,file,accepted,rejected",
                        "620602105,丰乐镇,township,rejected,附件1_2024.xlsx,0,200",
                        "620602106,高坝镇,township,rejected,年报统计表.xlsx,0,198",
                        "620602108,和平镇,township,rejected,和平镇_2024.xlsx,0,201",
                        "620602119,金沙镇,township,accepted,金沙镇_2024.xlsx,199,1");
        assertThat(Fixtures.lines(output.resolve("2024/rejected-rows.csv"))).containsExactly(
                "file,sheet,row,unit,code,value,reason,message",
                "和平镇_2024.xlsx,,,和平镇,,,unreadable-file,工作簿中既有长表（工作表“长表”）又有官方表格（工作表“统计表”）："
                        + "一个文件只能用一种格式，请删去其中一种后重新提交",
                "年报统计表.xlsx,,,高坝镇,,,template-mismatch,这是V2019格式的官方表格，2024年应使用V2021格式："
                        + "请使用区里下发的2024年空白填报模板（template --year 2024 生成）或本年度的官方表格重新填写",
                "金沙镇_2024.xlsx,统计表,54,金沙镇,R1@TOT,,malformed-row,单元格E54是公式（=SUM(A54:D54)），"
                        + "但文件中没有保存计算结果：请用Excel或WPS打开后保存再提交",
                "附件1_2024.xlsx,,,丰乐镇,,,year-mismatch,表格中“年度”写的是2023年：这是2023年度的报表，不是2024年度的，"
                        + "请报送2024年度的报表");
        Map<String, String> all = Fixtures.lines(output.resolve("2024/totals.csv")).stream().skip(1)
                .map(line -> line.split(",")).filter(f -> f[1].equals("all"))
                .collect(Collectors.toMap(f -> f[2], f -> f[3]));
        assertThat(all).as("the total derived from its parts").containsEntry("R1@TOT", "1");
    }

    @Test
    void aBlankTotalOfAFormIsListedAtItsCell() throws Exception {
        Path other = work.resolve("other");
        Path year = Files.createDirectories(other.resolve("2024"));
        Files.copy(Path.of("src/test/resources/register/liangzhou-units.csv"), other.resolve("units.csv"));
        Map<String, String> withoutTotal = new HashMap<>(published);
        withoutTotal.remove("R1@TOT");
        fillTemplate("金沙镇", withoutTotal, year.resolve("金沙镇_2024.xlsx"));

        run(2024, other, output);

        assertThat(Fixtures.warningsListed(output.resolve("2024/凉州区_2024_政府信息公开统计汇总.xlsx")))
                .filteredOn(line -> line.contains("|derived-total|"))
                .containsExactly("警告|金沙镇_2024.xlsx|统计表|54|金沙镇|R1@TOT||derived-total|金沙镇 · R1@TOT（行政复议·总计）"
                        + "未填写，已按R-SUM-R1由各分项之和计为1：如有误请在单元格E54补填合计数");
    }

    /** A blank template of the {@code template} command, filled in as a clerk would, cell by cell. */
    private static void fillTemplate(String unit, Map<String, String> values, Path file) throws Exception {
        fillTemplate("V2021", unit, 2024, values, file, book -> { });
    }

    /** Fills in the cells of the codes in {@code values}, then lets {@code change} edit the workbook before saving. */
    private static void fillTemplate(String template, String unit, int year, Map<String, String> values, Path file,
                                     Consumer<XSSFWorkbook> change) throws Exception {
        Path blank = file.resolveSibling("blank.tmp");
        FillInTemplate.write(new FillInTemplate.Request(CATALOG.template(template).orElseThrow(), unit, "township",
                year), blank);
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(blank))) {
            OfficialFormReading.Form form = (OfficialFormReading.Form) new OfficialFormReader(CATALOG).read(book);
            Sheet sheet = book.getSheet(FillInTemplate.FORM_SHEET);
            for (RawRow row : form.rows()) {
                CellReference at = new CellReference(row.cellRef());
                if (values.containsKey(row.code())) {
                    sheet.getRow(at.getRow()).getCell(at.getCol())
                            .setCellValue(Double.parseDouble(values.get(row.code())));
                }
            }
            change.accept(book);
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }
        Files.delete(blank);
    }

    private static XSSFCell cellOf(XSSFWorkbook book, String code) {
        OfficialFormReading.Form form = (OfficialFormReading.Form) new OfficialFormReader(CATALOG).read(book);
        RawRow row = form.rows().stream().filter(r -> code.equals(r.code())).findFirst().orElseThrow();
        CellReference at = new CellReference(row.cellRef());
        return book.getSheet(row.sheet()).getRow(at.getRow()).getCell(at.getCol());
    }

    private static String withoutSha(String line) {
        List<String> fields = new ArrayList<>(List.of(line.split(",", -1)));
        fields.remove(5);
        return String.join(",", fields);
    }
}
