package org.disclosurerollup.reading;

import org.disclosurerollup.catalog.Catalog;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.disclosurerollup.audit.Reason;
import org.disclosurerollup.reading.FileInspection.Readable;
import org.disclosurerollup.reading.FileInspection.Unreadable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubmissionFileInspectorTest {

    private static final String ACCEPTED = "单位（单位、单位名称、填报单位、unit）；年度（年度、年份、year）；指标代码（指标代码、代码、code）；"
            + "指标名称（指标名称、指标、indicator）；列（列、栏目、column）；数值（数值、统计数、value）";

    @TempDir
    Path dir;

    private final SubmissionFileInspector inspector = new SubmissionFileInspector(Catalog.fromClasspath());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "',' | 单位,年度,指标代码,数值",
        "'\t' | 单位\t年度\t指标代码\t数值",
        "';' | 单位;年度;指标代码;数值",
    })
    void findsTheDelimiterFromTheHeader(char delimiter, String header) throws IOException {
        FileInspection inspection = inspect(header + "\n四坝镇" + delimiter + "2017" + delimiter + "L01_2_2" + delimiter + "1,5\n");

        assertThat(inspection).isEqualTo(new Readable("csv", StandardCharsets.UTF_8, false, delimiter,
                new HeaderMap(Map.of(Column.UNIT, 0, Column.YEAR, 1, Column.CODE, 2, Column.VALUE, 3), 1)));
    }

    @Test
    void aCommaInsideTheOtherHeaderCellsDoesNotBeatTheDelimiterThatSplitsItBest() throws IOException {
        FileInspection inspection = inspect("code;value;note, remark\nL01_2_2;5;x\n");

        assertThat(inspection).isInstanceOfSatisfying(Readable.class, r -> assertThat(r.delimiter()).isEqualTo(';'));
    }

    @Test
    void englishHeadersInAnyOrderAndAnyCase() throws IOException {
        FileInspection inspection = inspect("Value,remark,CODE,Indicator,Column,YEAR,unit\n5,,L01_2_2,,,2017,四坝镇\n");

        assertThat(inspection).isInstanceOfSatisfying(Readable.class, r -> assertThat(r.header()).isEqualTo(
                new HeaderMap(Map.of(Column.VALUE, 0, Column.CODE, 2, Column.INDICATOR, 3, Column.COLUMN, 4,
                        Column.YEAR, 5, Column.UNIT, 6), 1)));
    }

    @Test
    void quotedHeaderCellsAfterABomAreRecognised() throws IOException {
        Path file = write("\uFEFF\"填报单位\",\"年份\",\"指标名称\",\"栏目\",\"统计数\"\n四坝镇,2017,收到申请数,自然人,5\n");

        assertThat(inspector.inspect(file)).isEqualTo(new Readable("csv", StandardCharsets.UTF_8, true, ',',
                new HeaderMap(Map.of(Column.UNIT, 0, Column.YEAR, 1, Column.INDICATOR, 2, Column.COLUMN, 3,
                        Column.VALUE, 4), 1)));
    }

    @Test
    void fullWidthLettersAndSpacesInHeaderNamesDoNotMatter() throws IOException {
        FileInspection inspection = inspect(" 指 标 代 码 ,ＶＡＬＵＥ\u3000\nL01_2_2,5\n");

        assertThat(inspection).isInstanceOfSatisfying(Readable.class, r -> assertThat(r.header().positions())
                .isEqualTo(Map.of(Column.CODE, 0, Column.VALUE, 1)));
    }

    @Test
    void theHeaderIsTheFirstLineThatIsNotBlank() throws IOException {
        FileInspection inspection = inspect("\n,,\ncode,value\nL01_2_2,5\n");

        assertThat(inspection).isInstanceOfSatisfying(Readable.class, r -> assertThat(r.header())
                .isEqualTo(new HeaderMap(Map.of(Column.CODE, 0, Column.VALUE, 1), 3)));
    }

    @Test
    void titleLinesAboveTheHeaderAreSkipped() throws IOException {
        FileInspection inspection = inspect("凉州区四坝镇2024年政府信息公开统计\n填报日期：2025年1月10日,,\n"
                + "指标代码,数值\nP02@M,1\n");

        assertThat(inspection).isInstanceOfSatisfying(Readable.class, r -> assertThat(r.header())
                .isEqualTo(new HeaderMap(Map.of(Column.CODE, 0, Column.VALUE, 1), 3)));
    }

    @Test
    void theFirstOfTwoColumnsWithTheSameMeaningIsUsed() throws IOException {
        FileInspection inspection = inspect("代码,数值,code,统计数\nL01_2_2,5,L01_2_3,6\n");

        assertThat(inspection).isInstanceOfSatisfying(Readable.class, r -> assertThat(r.header().positions())
                .isEqualTo(Map.of(Column.CODE, 0, Column.VALUE, 1)));
    }

    @Test
    void gbkFileIsReadableAsGb18030() throws IOException {
        Path file = dir.resolve("四坝镇_2017.csv");
        Files.write(file, "单位,指标代码,数值\n四坝镇,L01_2_2,5\n".getBytes(CharsetDetector.GB18030));

        assertThat(inspector.inspect(file)).isInstanceOfSatisfying(Readable.class,
                r -> assertThat(r.charset()).isEqualTo(CharsetDetector.GB18030));
    }

    @Test
    void missingValueColumn() throws IOException {
        assertThat(withoutLayout(inspect("单位,指标代码,备注\n四坝镇,L01_2_2,5\n"))).isEqualTo(new Unreadable(Reason.MISSING_LABEL,
                "第1行表头缺少“数值”列。可用的列名：" + ACCEPTED));
    }

    @Test
    void neitherCodeNorIndicator() throws IOException {
        assertThat(withoutLayout(inspect("单位,栏目,数值\n四坝镇,自然人,5\n"))).isEqualTo(new Unreadable(Reason.MISSING_LABEL,
                "第1行表头缺少“指标代码”或“指标名称”列。可用的列名：" + ACCEPTED));
    }

    @Test
    void missingBoth() throws IOException {
        assertThat(withoutLayout(inspect("\n单位,年度\n"))).isEqualTo(new Unreadable(Reason.MISSING_LABEL,
                "第2行表头缺少“数值”列和“指标代码”或“指标名称”列。可用的列名：" + ACCEPTED));
    }

    @Test
    void noRecognisedColumnAtAll() throws IOException {
        assertThat(withoutLayout(inspect("四坝镇,L01_2_2,5\n"))).isEqualTo(new Unreadable(Reason.MISSING_LABEL,
                "第1行是表头，但其中没有可识别的列名（读到：“四坝镇”、“L01_2_2”、“5”）。可用的列名：" + ACCEPTED));
    }

    @Test
    void aFileWithoutTheNeededColumnsStillTellsHowToCountItsRows() throws IOException {
        assertThat(inspect("单位,指标代码,备注\n四坝镇,L01_2_2,5\n")).isInstanceOfSatisfying(Unreadable.class,
                u -> assertThat(u.layout()).isEqualTo(new Readable("csv", StandardCharsets.UTF_8, false, ',',
                        new HeaderMap(Map.of(Column.UNIT, 0, Column.CODE, 1), 1))));
    }

    private static FileInspection withoutLayout(FileInspection inspection) {
        return inspection instanceof Unreadable u ? new Unreadable(u.reason(), u.message()) : inspection;
    }

    @Test
    void emptyFile() throws IOException {
        assertThat(inspector.inspect(write(new byte[0])))
                .isEqualTo(new Unreadable(Reason.UNREADABLE_FILE, "文件为空"));
    }

    @Test
    void onlyBlankLines() throws IOException {
        assertThat(inspect("\r\n  \r\n,,\r\n"))
                .isEqualTo(new Unreadable(Reason.UNREADABLE_FILE, "文件没有内容（只有空行）"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a.csv | 50 4B 03 04 14 00 06 00 | 这是Excel文件（.xlsx格式），扩展名却是“.csv”：请把扩展名改为.xlsx后重新提交",
        "a.csv | D0 CF 11 E0 A1 B1 1A E1 | 这是Excel文件（.xls格式），扩展名却是“.csv”：请把扩展名改为.xls后重新提交",
    })
    void excelContentNamedAsCsvIsNotWhatItsNameSays(String name, String hex, String message) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes(hex));

        assertThat(inspector.inspect(file)).isEqualTo(new Unreadable(Reason.UNREADABLE_FILE, message));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "四坝镇_2017.xlsx | 单位,指标代码,数值\\n四坝镇,L01_2_2,5\\n | 文件扩展名是“.xlsx”，但内容不是Excel文件（看起来是文本/CSV）：请用Excel打开后另存为.xlsx，或把扩展名改为.csv",
        "四坝镇_2017.XLS  | 单位,指标代码,数值\\n四坝镇,L01_2_2,5\\n | 文件扩展名是“.XLS”，但内容不是Excel文件（看起来是文本/CSV）：请用Excel打开后另存为.xlsx，或把扩展名改为.csv",
        "四坝镇_2017.xls  | \\n <html><table>                       | 文件扩展名是“.xls”，但内容不是Excel文件（看起来是网页/XML文本）：请用Excel打开后另存为.xlsx",
        "四坝镇_2017.xlsx | %PDF-1.7\\n                              | 文件扩展名是“.xlsx”，但内容不是Excel文件（是PDF文件）：请提交Excel文件，或用Excel或WPS另存的“CSV UTF-8”文件",
        "四坝镇_2017.xlsx | GIF89a\\000\\001                      | 文件扩展名是“.xlsx”，但内容不是Excel文件（是其他二进制文件）：请提交Excel文件，或用Excel或WPS另存的“CSV UTF-8”文件",
    })
    void aFileNamedAsExcelThatIsNotExcelIsRejected(String name, String content, String message) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content.translateEscapes());

        assertThat(inspector.inspect(file)).isEqualTo(new Unreadable(Reason.UNREADABLE_FILE, message));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "四坝镇_2024.xlsx | word/document.xml    | 文件扩展名是“.xlsx”，但内容不是Excel文件（是Word文档）：请提交Excel文件，或用Excel或WPS另存的“CSV UTF-8”文件",
        "四坝镇_2024.xlsx | ppt/presentation.xml | 文件扩展名是“.xlsx”，但内容不是Excel文件（是PowerPoint演示文稿）：请提交Excel文件，或用Excel或WPS另存的“CSV UTF-8”文件",
        "四坝镇_2024.xlsx | 数据.csv             | 文件扩展名是“.xlsx”，但内容不是Excel文件（是ZIP压缩包，其中没有Excel工作簿）：请提交Excel文件，或用Excel或WPS另存的“CSV UTF-8”文件",
        "四坝镇_2024.xls  | word/document.xml    | 文件扩展名是“.xls”，但内容不是Excel文件（是Word文档）：请提交Excel文件，或用Excel或WPS另存的“CSV UTF-8”文件",
        "四坝镇_2024.csv  | word/document.xml    | 文件内容不是Excel文件（是Word文档）：请提交Excel文件，或用Excel或WPS另存的“CSV UTF-8”文件",
    })
    void anOfficeFileOrArchiveThatIsNoWorkbookSaysWhatItIs(String name, String part, String message) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(part));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        }

        assertThat(inspector.inspect(file)).isEqualTo(new Unreadable(Reason.UNREADABLE_FILE, message));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a.xls  | 50 4B 03 04 14 00 06 00 | 文件扩展名是“.xls”，但内容不是.xls格式（是ZIP压缩包，可能是改了扩展名的.xlsx文件）：请用Excel打开后另存为.xlsx",
        "a.xlsx | D0 CF 11 E0 A1 B1 1A E1 | 文件扩展名是“.xlsx”，但内容不是.xlsx格式（是旧版.xls格式）：请用Excel打开后另存为.xlsx，或把扩展名改为.xls",
    })
    void anExcelFileMustHaveTheFormatItsExtensionNames(String name, String hex, String message) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes(hex));

        assertThat(inspector.inspect(file)).isEqualTo(new Unreadable(Reason.UNREADABLE_FILE, message));
    }

    @Test
    void anEmptyFileNamedAsExcelIsEmpty() throws IOException {
        Path file = dir.resolve("四坝镇_2017.xlsx");
        Files.write(file, new byte[0]);

        assertThat(inspector.inspect(file)).isEqualTo(new Unreadable(Reason.UNREADABLE_FILE, "文件为空"));
    }

    @Test
    void aHeaderWithoutDataRowsIsUnreadable() throws IOException {
        assertThat(inspect("单位,年度,指标代码,数值\r\n\r\n,,,\r\n")).isEqualTo(new Unreadable(Reason.UNREADABLE_FILE,
                "文件只有表头，没有数据行：请填写数据后重新提交", new Readable("csv", StandardCharsets.UTF_8, false, ',',
                        new HeaderMap(Map.of(Column.UNIT, 0, Column.YEAR, 1, Column.CODE, 2, Column.VALUE, 3), 1))));
    }

    @Test
    void aMalformedRecordAfterTheHeaderIsADataRow() throws IOException {
        assertThat(inspect("code,value\n\"L01_2_2,5\n")).isInstanceOf(Readable.class);
    }

    @Test
    void pdfIsNotCsv() throws IOException {
        assertThat(inspect("%PDF-1.7\n")).isEqualTo(new Unreadable(Reason.UNREADABLE_FILE,
                "这是PDF文件，不是CSV文本文件：请提交用Excel或WPS另存的“CSV UTF-8”文件"));
    }

    @Test
    void nulBytesMeanNotAText() throws IOException {
        assertThat(inspector.inspect(write(bytes("63 6F 64 65 00 2C")))).isEqualTo(new Unreadable(
                Reason.UNREADABLE_FILE, "文件第5个字节是NUL（0x00），不是CSV文本文件：请用Excel或WPS另存为“CSV UTF-8”后重新提交"));
    }

    @Test
    void utf16IsAnEncodingError() throws IOException {
        assertThat(inspector.inspect(write("\uFEFFcode\tvalue\n".getBytes(StandardCharsets.UTF_16LE))))
                .isEqualTo(new Unreadable(Reason.ENCODING_ERROR,
                        "文件是UTF-16编码（Excel的“Unicode文本”格式），请用Excel或WPS另存为“CSV UTF-8”后重新提交"));
    }

    @Test
    void neitherUtf8NorGb18030() throws IOException {
        assertThat(inspector.inspect(write(bytes("63 6F 64 65 FF FF 80")))).isEqualTo(new Unreadable(
                Reason.ENCODING_ERROR, "文件既不是UTF-8也不是GBK/GB18030编码：请用Excel或WPS另存为“CSV UTF-8”后重新提交"));
    }

    @Test
    void unterminatedQuoteInTheHeader() throws IOException {
        assertThat(inspect("\"code,value\nL01_2_2,5\n")).isEqualTo(new Unreadable(Reason.UNREADABLE_FILE,
                "表头行无法解析：双引号不成对，请检查表头中的引号"));
    }

    @Test
    void aMissingFileIsUnreadableNotAnException() {
        assertThat(inspector.inspect(dir.resolve("gone.csv")))
                .isEqualTo(new Unreadable(Reason.UNREADABLE_FILE, "文件不存在或已被移走"));
    }

    private FileInspection inspect(String utf8) throws IOException {
        return inspector.inspect(write(utf8));
    }

    private Path write(String utf8) throws IOException {
        return write(utf8.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(byte[] content) throws IOException {
        Path file = dir.resolve("submission.csv");
        Files.write(file, content);
        return file;
    }

    private static byte[] bytes(String hex) {
        String[] parts = hex.split(" ");
        byte[] result = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            result[i] = (byte) Integer.parseInt(parts[i], 16);
        }
        return result;
    }
}
