package org.disclosurerollup.reading;

import org.disclosurerollup.catalog.Catalog;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RowSourcesTest {

    private static final String UNTERMINATED = "从这一行开始的双引号没有配对结束（引号内的内容最多可跨20行）：请检查这一行的双引号";

    @TempDir
    Path dir;

    @Test
    void rowNumbersAreLinesCountingBlankLinesAndMultiLineFields() throws IOException {
        List<RawRow> rows = read("单位,指标名称,数值\r\n"
                + "\r\n"
                + "四坝镇,收到申请数,5\r\n"
                + ",,\r\n"
                + "四坝镇,\"收到\r\n申请数\",6\r\n"
                + "  \r\n"
                + "四坝镇,办结数,7\r\n");

        assertThat(rows).containsExactly(
                row(3, "四坝镇", null, "收到申请数", "5"),
                row(5, "四坝镇", null, "收到\n申请数", "6"),
                row(8, "四坝镇", null, "办结数", "7"));
    }

    @Test
    void theHeaderIsSkippedWhereverItIs() throws IOException {
        List<RawRow> rows = read("\n\ncode,value\nL01_2_2,5\n");

        assertThat(rows).containsExactly(row(4, null, "L01_2_2", null, "5"));
    }

    @Test
    void valuesArePassedRaw() throws IOException {
        List<RawRow> rows = read("code;value;unit\nL01_2_2; 1,234 件 ;\"四坝镇 \"\n");

        assertThat(rows).containsExactly(row(2, "四坝镇 ", "L01_2_2", null, " 1,234 件 "));
    }

    @Test
    void aColumnAfterTheEndOfTheRowIsBlankNotAbsent() throws IOException {
        List<RawRow> rows = read("code,value,unit,year\nL01_2_2,5\n");

        assertThat(rows).containsExactly(new RawRow("", 2, "", "", "", "L01_2_2", null, null, "5", null));
    }

    @Test
    void aShortLineIsMalformed() throws IOException {
        List<RawRow> rows = read("单位,指标代码,数值\n四坝镇,L01_2_2\n四坝镇,L01_2_3,6\n");

        assertThat(rows).containsExactly(
                new RawRow("", 2, "", "四坝镇", null, "L01_2_2", null, null, "",
                        "这一行只有2个字段，读不到第3列“数值”：请检查分隔符，或补齐缺少的列"),
                row(3, "四坝镇", "L01_2_3", null, "6"));
    }

    @Test
    void moreNonBlankFieldsThanTheHeaderIsMalformedAndKeepsTheFieldsAsRead() throws IOException {
        List<RawRow> rows = read("单位,年度,指标代码,数值\n"
                + "双城镇,2017,L06,1,234\n"
                + "金羊镇,2024,P03@N,1,extra\n"
                + "四坝镇,2017,L01_2_2,5,, \n");

        assertThat(rows).containsExactly(
                new RawRow("", 2, "", "双城镇", "2017", "L06", null, null, "1", "这一行有5个字段，比表头多1个："
                        + "数值中的千分位逗号请加引号（如 \"1,234\"）或去掉逗号，其他多余内容请删除"),
                new RawRow("", 3, "", "金羊镇", "2024", "P03@N", null, null, "1", "这一行有5个字段，比表头多1个："
                        + "数值中的千分位逗号请加引号（如 \"1,234\"）或去掉逗号，其他多余内容请删除"),
                new RawRow("", 4, "", "四坝镇", "2017", "L01_2_2", null, null, "5", null));
    }

    @Test
    void theHeaderWidthCountsItsEmptyCellsAndOtherDelimitersGetTheirOwnAdvice() throws IOException {
        List<RawRow> rows = read("code;value;;\nL01_2_2;5;;x\nL01_2_3;6;;;x;y\n");

        assertThat(rows).containsExactly(
                row(2, null, "L01_2_2", null, "5"),
                new RawRow("", 3, "", null, null, "L01_2_3", null, null, "6",
                        "这一行有6个字段，比表头多2个：多余的内容请删除，或在表头为它补上列名"));
    }

    @Test
    void aQuoteInMidCellDoesNotSwallowTheLinesAfterIt() throws IOException {
        List<RawRow> rows = read("单位,指标名称,数值\n"
                + "四坝镇,17\"显示器,5\n"
                + "四坝镇,办结数,6\n"
                + "四坝镇,其他\",7\n"
                + "四坝镇,收到申请数,8\n");

        assertThat(rows).containsExactly(
                problem(2, "这一行单元格中间有不成对的双引号，会把下面的行连成一条记录：请删掉这个双引号，"
                        + "或把整个单元格用双引号括起来、其中的双引号写成两个（\"\"）"),
                row(3, "四坝镇", null, "办结数", "6"),
                problem(4, UNTERMINATED),
                row(5, "四坝镇", null, "收到申请数", "8"));
    }

    @Test
    void anUnterminatedQuoteIsOneMalformedRowAndReadingGoesOnAtTheNextLine() throws IOException {
        List<RawRow> rows = read("单位,指标代码,数值\n"
                + "四坝镇,L01_2_2,5\n"
                + "四坝镇,\"L01_2_3,6\n"
                + "四坝镇,L01_2_4,7\n");

        assertThat(rows).containsExactly(
                row(2, "四坝镇", "L01_2_2", null, "5"),
                problem(3, UNTERMINATED),
                row(4, "四坝镇", "L01_2_4", null, "7"));
    }

    @Test
    void anUnterminatedQuoteFollowedByMoreLinesThanTheMultiLineLimit() throws IOException {
        StringBuilder text = new StringBuilder("code,value\nL0,0\n\"L1,1\n");
        List<RawRow> expected = new ArrayList<>(List.of(row(2, null, "L0", null, "0"), problem(3, UNTERMINATED)));
        for (int line = 4; line <= 40; line++) {
            text.append("L").append(line).append(',').append(line).append('\n');
            expected.add(row(line, null, "L" + line, null, String.valueOf(line)));
        }

        assertThat(read(text.toString())).containsExactlyElementsOf(expected);
    }

    @Test
    void aFieldLongerThanTenThousandCharactersIsMalformed() throws IOException {
        String huge = "9".repeat(10_001);
        List<RawRow> rows = read("code,value\nL01_2_2," + huge + "\nL01_2_3,6\n");

        assertThat(rows).containsExactly(
                new RawRow("", 2, "", null, null, "L01_2_2", null, null, "9".repeat(100) + "…",
                        "第2个字段超过10000个字符：请检查双引号是否成对、该单元格内容是否正确"),
                row(3, null, "L01_2_3", null, "6"));
    }

    @Test
    void anEndlessLineEndsTheFileWithoutLosingTheRowsBeforeIt() throws IOException {
        List<RawRow> rows = read("code,value\nL01_2_2,5\nL01_2_3," + "9".repeat(40_000) + "\nL01_2_4,7\n");

        assertThat(rows).containsExactly(
                row(2, null, "L01_2_2", null, "5"),
                problem(3, "这一行超过32768个字符，不像正常的数据行；这一行及之后的内容都没有读取：请检查文件内容"));
    }

    @Test
    void gbkContentIsReadRight() throws IOException {
        List<RawRow> rows = read("单位,指标代码,数值\r\n四坝镇,L01_2_2,５件\r\n", CharsetDetector.GB18030);

        assertThat(rows).containsExactly(row(2, "四坝镇", "L01_2_2", null, "５件"));
    }

    @Test
    void theBomIsNotPartOfTheFirstCell() throws IOException {
        List<RawRow> rows = read("\uFEFFvalue,code\n5,L01_2_2\n");

        assertThat(rows).containsExactly(row(2, null, "L01_2_2", null, "5"));
    }

    private List<RawRow> read(String content) throws IOException {
        return read(content, StandardCharsets.UTF_8);
    }

    private List<RawRow> read(String content, Charset charset) throws IOException {
        Path file = dir.resolve("submission.csv");
        Files.write(file, content.getBytes(charset));
        FileInspection.Readable how = (FileInspection.Readable) new SubmissionFileInspector(Catalog.fromClasspath()).inspect(file);
        List<RawRow> rows = new ArrayList<>();
        try (RowSource source = RowSources.open(file, how)) {
            for (RawRow row = source.next(); row != null; row = source.next()) {
                rows.add(row);
            }
            assertThat(source.next()).isNull();
        }
        return rows;
    }

    private static RawRow row(int line, String unit, String code, String indicator, String value) {
        return new RawRow("", line, "", unit, null, code, indicator, null, value, null);
    }

    private static RawRow problem(int line, String message) {
        return new RawRow("", line, "", null, null, null, null, null, null, message);
    }
}
