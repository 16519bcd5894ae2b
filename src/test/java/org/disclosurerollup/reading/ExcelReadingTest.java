package org.disclosurerollup.reading;

import org.disclosurerollup.catalog.Catalog;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.disclosurerollup.audit.Reason;
import org.disclosurerollup.reading.ExcelFixtures.Formula;
import org.disclosurerollup.reading.ExcelSheet.MergedRange;
import org.disclosurerollup.reading.FileInspection.Readable;
import org.disclosurerollup.reading.FileInspection.Unreadable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The long layout in {@code .xlsx} and {@code .xls}: every test runs on both formats. */
class ExcelReadingTest {

    @TempDir
    Path dir;

    private final SubmissionFileInspector inspector = new SubmissionFileInspector(Catalog.fromClasspath());

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void theDataSheetIsTheFirstWithALongLayoutHeaderBelowItsTitle(String type) throws IOException {
        Path file = ExcelFixtures.workbookFor(file(type))
                .sheet("填表说明").row(0, "请按指标代码填写数值").row(1, "单位", "说明")
                .sheet("数据").row(0, "2024年政府信息公开统计").row(2, "单位", "年度", "指标代码", "数值")
                .row(3, "四坝镇", "2024", "L01_2_2", 5)
                .save(file(type));

        assertThat(inspector.inspect(file)).isEqualTo(Readable.excel(type, new ExcelSheet(1, "数据", List.of()),
                new HeaderMap(Map.of(Column.UNIT, 0, Column.YEAR, 1, Column.CODE, 2, Column.VALUE, 3), 3)));
        assertThat(read(file)).containsExactly(
                new RawRow("数据", 4, "D4", "四坝镇", "2024", "L01_2_2", null, null, "5", null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void blankRowsAreSkippedAndRowsKeepTheNumbersExcelShows(String type) throws IOException {
        Path file = ExcelFixtures.workbookFor(file(type)).sheet("Sheet1")
                .row(0, "指标名称", "栏目", "数值")
                .row(1, "收到申请数", "自然人", 5)
                .row(2, "", null, " ")
                .row(5, "办结数", "自然人", 7)
                .save(file(type));

        assertThat(read(file)).extracting(RawRow::rowNumber, RawRow::cellRef, RawRow::indicator, RawRow::value)
                .containsExactly(tuple(2, "C2", "收到申请数", "5"), tuple(6, "C6", "办结数", "7"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void cellsReadAsTheValueParserExpectsThem(String type) throws IOException {
        Path file = ExcelFixtures.workbookFor(file(type)).sheet("数据")
                .row(0, "code", "value")
                .row(1, "A", 90.0)
                .row(2, "B", 2.92)
                .row(3, "C", new Formula("2.9+0.02"))
                .row(4, "D", LocalDate.of(2024, 1, 5))
                .row(5, "E", "１２件")
                .row(6, "F", "0件")
                .row(7, "G", "—")
                .row(8, "H", 0.1 + 0.2)
                .save(file(type));

        assertThat(read(file)).extracting(RawRow::code, RawRow::value).containsExactly(
                tuple("A", "90"), tuple("B", "2.92"), tuple("C", "2.92"), tuple("D", "2024-01-05"),
                tuple("E", "１２件"), tuple("F", "0件"), tuple("G", "—"), tuple("H", "0.3"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void aMergedUnitCellAppliesToEveryRowItSpansButAMergedValueDoesNot(String type) throws IOException {
        Path file = ExcelFixtures.workbookFor(file(type)).sheet("数据")
                .row(0, "单位", "指标代码", "数值")
                .row(1, "四坝镇", "L01_2_2", 5)
                .row(2, null, "L01_2_3", 6)
                .row(3, "和平镇", "L01_2_2", 7)
                .row(4, null, "L01_2_3", null)
                .merge("A2:A3").merge("C4:C5")
                .save(file(type));

        assertThat(inspector.inspect(file)).isInstanceOfSatisfying(Readable.class, r -> assertThat(r.sheet().merged())
                .containsExactlyInAnyOrder(new MergedRange(1, 2, 0, 0), new MergedRange(3, 4, 2, 2)));
        assertThat(read(file)).extracting(RawRow::unit, RawRow::code, RawRow::value).containsExactly(
                tuple("四坝镇", "L01_2_2", "5"), tuple("四坝镇", "L01_2_3", "6"), tuple("和平镇", "L01_2_2", "7"),
                tuple("", "L01_2_3", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void aHugeCellMakesItsRowMalformed(String type) throws IOException {
        Path file = ExcelFixtures.workbookFor(file(type)).sheet("数据")
                .row(0, "指标代码", "数值")
                .row(1, "L01_2_2", "9".repeat(10_001))
                .save(file(type));

        assertThat(read(file)).singleElement().satisfies(row -> {
            assertThat(row.problem()).isEqualTo("单元格B2超过10000个字符：请检查该单元格内容是否正确");
            assertThat(row.value()).isEqualTo("9".repeat(100) + "…");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void noSheetWithALongLayoutHeaderNamesTheSheetsSeen(String type) throws IOException {
        Path file = ExcelFixtures.workbookFor(file(type))
                .sheet("填表说明").row(0, "说明")
                .sheet("表一").row(1, "一、收到和处理政府信息公开申请情况", "自然人")
                .save(file(type));

        assertThat(inspector.inspect(file)).isEqualTo(new Unreadable(Reason.MISSING_LABEL,
                "Excel文件的工作表（“填表说明”、“表一”）中都没有找到表头或官方表格：长表格式需要一行列名，如“单位、年度、指标代码、数值”"
                        + "（可用的列名：" + Column.acceptedNames() + "）；官方表格格式请使用区里下发的空白填报模板（template 命令生成）填写"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void aHeaderThatComesCloseSaysWhatItLacksAndItsRowsAreCounted(String type) throws IOException {
        Path file = ExcelFixtures.workbookFor(file(type))
                .sheet("说明").row(0, "说明")
                .sheet("数据").row(0, "单位", "指标代码", "数量").row(1, "四坝镇", "L01_2_2", 5)
                .save(file(type));

        FileInspection inspection = inspector.inspect(file);

        assertThat(inspection).isEqualTo(new Unreadable(Reason.MISSING_LABEL, "工作表“数据”第1行表头缺少“数值”列。可用的列名："
                + Column.acceptedNames(), Readable.excel(type, new ExcelSheet(1, "数据", List.of()),
                new HeaderMap(Map.of(Column.UNIT, 0, Column.CODE, 1), 1))));
        assertThat(read(file, ((Unreadable) inspection).layout())).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void aHeaderWithoutDataRowsOrAnEmptyWorkbook(String type) throws IOException {
        Path headerOnly = ExcelFixtures.workbookFor(file(type)).sheet("数据").row(0, "code", "value").row(3, " ")
                .save(dir.resolve("header." + type));
        Path empty = ExcelFixtures.workbookFor(file(type)).sheet("Sheet1").save(dir.resolve("empty." + type));

        assertThat(inspector.inspect(headerOnly)).isEqualTo(new Unreadable(Reason.UNREADABLE_FILE,
                "工作表“数据”只有表头，没有数据行：请填写数据后重新提交", Readable.excel(type,
                new ExcelSheet(0, "数据", List.of()), new HeaderMap(Map.of(Column.CODE, 0, Column.VALUE, 1), 1))));
        assertThat(inspector.inspect(empty)).isEqualTo(new Unreadable(Reason.UNREADABLE_FILE,
                "Excel文件中的工作表都是空的（“Sheet1”）"));
    }

    @Test
    void anXlsxWithoutSheetsSaysSo() throws IOException {
        Path file = ExcelFixtures.workbookFor(file("xlsx")).save(file("xlsx"));

        assertThat(inspector.inspect(file)).isEqualTo(new Unreadable(Reason.UNREADABLE_FILE,
                "Excel文件中没有工作表：请用Excel或WPS打开，填写数据后另存为.xlsx再提交"));
    }

    /**
     * Some programs save a formula without its result: {@code <f>} with no {@code <v>}, or an empty {@code <v/>} (as
     * the WPS export the tester sent). Its row is malformed, whichever column it is in; a string result that is empty
     * is a blank on purpose.
     */
    @Test
    void aFormulaSavedWithoutItsResultMakesItsRowMalformed() throws IOException {
        Path file = ExcelFixtures.workbookFor(file("xlsx")).sheet("数据").row(0, "单位", "指标代码", "数值")
                .row(1, "四坝镇", "P02@M", 4)
                .row(2, "四坝镇", "P03@N", new Formula("SUM(C2:C2)"))
                .row(3, "四坝镇", "P04@N", new Formula("C2*2"))
                .row(4, "四坝镇", "P05@N", new Formula("IF(C2>9,C2,\"\")"))
                .save(file("xlsx"));
        ExcelFixtures.dropFormulaResults(file, "C3");
        ExcelFixtures.emptyFormulaResults(file, "C4");

        assertThat(read(file)).containsExactly(
                new RawRow("数据", 2, "C2", "四坝镇", null, "P02@M", null, null, "4", null),
                new RawRow("数据", 3, "C3", "四坝镇", null, "P03@N", null, null, "",
                        "单元格C3是公式（=SUM(C2:C2)），但文件中没有保存计算结果：请用Excel或WPS打开后保存再提交"),
                new RawRow("数据", 4, "C4", "四坝镇", null, "P04@N", null, null, "",
                        "单元格C4是公式（=C2*2），但文件中没有保存计算结果：请用Excel或WPS打开后保存再提交"),
                new RawRow("数据", 5, "C5", "四坝镇", null, "P05@N", null, null, "", null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void aWorkbookWithBothALongSheetAndAnOfficialFormIsRejectedWithAllItsRowsCounted(String type) throws IOException {
        Workbook book = "xls".equals(type) ? FormWorkbooks.xls() : FormWorkbooks.xlsx();
        Sheet form = book.createSheet("统计表");
        FormWorkbooks.put(form, "A1", "填报单位：和平镇");
        int formCells = FormWorkbooks.officialTables(form, Catalog.fromClasspath().template("V2021").orElseThrow(), 2)
                .size();
        longSheet(book);
        Path file = save(book, file(type));

        FileInspection inspection = inspector.inspect(file);

        assertThat(inspection).isInstanceOfSatisfying(Unreadable.class, u -> {
            assertThat(u.reason()).isEqualTo(Reason.UNREADABLE_FILE);
            assertThat(u.message()).isEqualTo("工作簿中既有长表（工作表“长表”）又有官方表格（工作表“统计表”）："
                    + "一个文件只能用一种格式，请删去其中一种后重新提交");
            assertThat(u.layout().sheet().name()).isEqualTo("长表");
            assertThat(u.layout().form().unit()).isEqualTo("和平镇");
        });
        List<RawRow> rows = read(file, ((Unreadable) inspection).layout());
        assertThat(rows).hasSize(4 + formCells);
        assertThat(rows.get(0)).isEqualTo(new RawRow("长表", 2, "D2", "和平镇", null, null, "(一)主动公开政府信息数", "", "1",
                null));
        assertThat(rows.get(4).sheet()).isEqualTo("统计表");
    }

    /** The long sheet's indicator names are a form's labels: alone, it is still a long layout, not a form beside one. */
    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void aLongSheetNamingFormLabelsIsNoFormBesideItself(String type) throws IOException {
        Workbook book = "xls".equals(type) ? FormWorkbooks.xls() : FormWorkbooks.xlsx();
        longSheet(book);
        Path file = save(book, file(type));

        assertThat(inspector.inspect(file)).isInstanceOf(Readable.class);
    }

    private static void longSheet(Workbook book) {
        Sheet sheet = book.createSheet("长表");
        FormWorkbooks.put(sheet, "A1", "单位");
        FormWorkbooks.put(sheet, "B1", "指标名称");
        FormWorkbooks.put(sheet, "C1", "栏目");
        FormWorkbooks.put(sheet, "D1", "数值");
        List<String> labels = List.of("(一)主动公开政府信息数", "其中：主动公开规范性文件数：", "1、政府公报公开政府信息数",
                "2.政府网站公开政府信息数");
        for (int i = 0; i < labels.size(); i++) {
            FormWorkbooks.put(sheet, "A" + (i + 2), "和平镇");
            FormWorkbooks.put(sheet, "B" + (i + 2), labels.get(i));
            FormWorkbooks.put(sheet, "D" + (i + 2), i + 1);
        }
    }

    private static Path save(Workbook book, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            book.write(out);
        }
        book.close();
        return file;
    }

    private Path file(String type) {
        return dir.resolve("四坝镇_2024." + type);
    }

    private List<RawRow> read(Path file) throws IOException {
        FileInspection inspection = inspector.inspect(file);
        assertThat(inspection).isInstanceOf(Readable.class);
        return read(file, (Readable) inspection);
    }

    static List<RawRow> read(Path file, Readable how) throws IOException {
        List<RawRow> rows = new ArrayList<>();
        try (RowSource source = RowSources.open(file, how)) {
            for (RawRow row = source.next(); row != null; row = source.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
