package org.disclosurerollup.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.disclosurerollup.catalog.Catalog;
import org.disclosurerollup.catalog.Rule;
import org.disclosurerollup.catalog.Template;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoInputGeneratorTest {

    private static final Path SHIPPED_REGISTER = Path.of("input/units.csv");
    private static final Charset GB18030 = Charset.forName("GB18030");

    @TempDir
    static Path input;
    static List<String> summary;

    @BeforeAll
    static void generate() throws IOException {
        Files.copy(SHIPPED_REGISTER, input.resolve("units.csv"));
        summary = DemoInputGenerator.generate(input);
    }

    @Test
    void writesOneFileForMostExpectedUnitsAndLeavesThreeMissingEachYear() throws IOException {
        assertThat(files("2017")).hasSize(58).contains("2017/四坝镇_2017.csv", "2017/韩佐乡_2017.csv")
                .doesNotContain("2017/金沙镇_2017.csv", "2017/区水务局_2017.csv", "2017/区统计局_2017.csv");
        assertThat(files("2024")).hasSize(59).contains("2024/邮件附件/永昌镇_2024.csv", "2024/区直部门汇总_2024.csv",
                        "2024/黄羊镇人民政府_2024_更正.csv", "2024/某某乡_2024.csv", "2024/韩佐镇_2024.csv")
                .doesNotContain("2024/松树镇_2024.csv", "2024/区交通运输局_2024.csv", "2024/区统计局_2024.csv");
        assertThat(summary.get(0)).endsWith("写入 58 个文件、3364 行数据；应报 61 个单位，缺报 3 个：金沙镇、区水务局、区统计局");
        assertThat(summary).anyMatch(line -> line.endsWith(
                "写入 59 个文件、12400 行数据；应报 63 个单位，缺报 3 个：松树镇、区交通运输局、区统计局"));
        assertThat(files("2023")).hasSize(63);
        assertThat(summary).anyMatch(line -> line.endsWith("2023（V2021）：写入 63 个文件、12600 行数据；应报 63 个单位，缺报 0 个："));
    }

    @Test
    void carriesEveryUnitsCarriedForwardRequestsInto2024ExceptTheTwoPlantedCases() throws IOException {
        List<String> differing = new java.util.ArrayList<>();
        for (String path : files("2023")) {
            String unit = path.substring("2023/".length(), path.indexOf("_2023"));
            Path next = input.resolve("2024/" + unit + "_2024.csv");
            if (!Files.exists(next) || summary.stream().anyMatch(line -> line.startsWith("  2024/" + unit + "_2024.csv "))) {
                continue;
            }
            Map<String, String> lastYear = valuesByCode(rows(path, StandardCharsets.UTF_8));
            Map<String, String> thisYear = valuesByCode(rows("2024/" + unit + "_2024.csv", StandardCharsets.UTF_8));
            for (String column : List.of("NP", "CE", "RI", "PW", "LS", "OT", "TT")) {
                if (!lastYear.get("A04@" + column).equals(thisYear.get("A02@" + column))) {
                    differing.add(unit + " " + column);
                }
            }
        }

        assertThat(differing).containsExactly("长城镇 NP", "长城镇 TT");
    }

    @Test
    void carriesSiBaZhensPublishedFiguresExactly() throws IOException {
        Map<String, String> values = valuesByCode(rows("2017/四坝镇_2017.csv", StandardCharsets.UTF_8));

        assertThat(values).hasSize(58).containsEntry("L01_1", "357").containsEntry("L01_1a", "49")
                .containsEntry("L01_1b", "1").containsEntry("L01_2_2", "90").containsEntry("L01_2_5", "267")
                .containsEntry("L02_1", "7").containsEntry("L02_2_3", "18").containsEntry("L03_1", "0")
                .containsEntry("L07", "0").containsEntry("L08_3", "4").containsEntry("L08_4", "4.43")
                .containsEntry("L09_3", "7");
    }

    @Test
    void everyOrdinaryFilePassesEveryRuleOfItsTemplate() throws IOException {
        Catalog catalog = Catalog.fromClasspath();
        List<String> ordinary = Stream.of("2017", "2023", "2024").flatMap(year -> {
                    try {
                        return files(year).stream();
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .filter(path -> summary.stream().noneMatch(line -> line.startsWith("  " + path + " ")))
                .toList();
        assertThat(ordinary).hasSize(53 + 61 + 30);
        for (String path : ordinary) {
            Template template = catalog.templateFor(Integer.parseInt(path.substring(0, 4))).orElseThrow();
            Map<String, String> values = valuesByCode(rows(path, StandardCharsets.UTF_8));
            assertThat(values).as(path).hasSize(template.valueCells().size());
            for (Rule rule : template.rules()) {
                assertThat(rule.evaluate(code -> new BigDecimal(values.get(code))).holds()).as(path + " " + rule.id())
                        .isTrue();
            }
        }
    }

    @Test
    void writesEachEncodingAsAnnounced() throws IOException {
        byte[] bom = Files.readAllBytes(input.resolve("2024/东关街街道_2024.csv"));
        byte[] gb = Files.readAllBytes(input.resolve("2024/西大街街道_2024.csv"));
        byte[] damaged = Files.readAllBytes(input.resolve("2024/羊下坝镇_2024.csv"));

        assertThat(bom).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(decodes(gb, StandardCharsets.UTF_8)).isFalse();
        assertThat(new String(gb, GB18030)).startsWith("单位,年度,指标代码,指标名称,数值\n西大街街道,2024,P01@M,");
        assertThat(decodes(damaged, StandardCharsets.UTF_8)).isFalse();
        assertThat(decodes(damaged, GB18030)).isFalse();
    }

    @Test
    void writesTheOtherLayoutsWithTheirOwnHeaders() throws IOException {
        assertThat(lines("2024/西关街街道_2024.csv").subList(0, 2))
                .containsExactly("value\tcode\tunit\tyear", "0\tP01@M\t西关街街道\t2024");
        assertThat(lines("2024/火车站街街道_2024.csv").get(0)).isEqualTo("单位;年度;指标代码;指标名称;数值");
        assertThat(lines("2024/黄羊镇人民政府_2024_更正.csv").get(0)).isEqualTo("指标代码,指标名称,数值");
        assertThat(lines("2024/和平镇_2024.csv").get(0)).isEqualTo("单位,年度,指标代码,指标名称");
        assertThat(lines("2024/凉州区武南镇_2024.csv").get(1)).startsWith("凉州区武南镇,2024,P01@M,");
        assertThat(rows("2024/区直部门汇总_2024.csv", StandardCharsets.UTF_8).stream().skip(1).map(row -> row[0])
                .distinct()).containsExactly("区发展和改革局", "区教育局", "区民政局", "区司法局");
    }

    @Test
    void writesTheValueFormsAndDefectsWhereTheSummarySaysSo() throws IOException {
        assertThat(cells("2024/双城镇_2024.csv", "P01@M", "P01@R", "P01@V")).containsExactly("0件", "—", "");
        assertThat(cells("2024/丰乐镇_2024.csv", "P04@N", "P03@N")).containsExactly("１２", "1,234");
        assertThat(cells("2024/高坝镇_2024.csv", "P06@AMT")).containsExactly("12.5万元");
        assertThat(cells("2024/金羊镇_2024.csv", "P06@AMT")).containsExactly("3500元");
        assertThat(cells("2024/中坝镇_2024.csv", "P04@N", "P05@N")).containsExactly("十二", "-3");
        assertThat(cells("2024/永丰镇_2024.csv", "P02@V", "L99")).containsExactly("2.5", "3");
        assertThat(cells("2024/古城镇_2024.csv", "P03@N")).containsExactly("86", "91");
        assertThat(cells("2024/西营镇_2024.csv", "R1@KEEP", "R1@CORR", "R1@OTH", "R1@PEND", "R1@TOT"))
                .containsExactly("2", "1", "0", "0", "4");
        assertThat(cells("2024/洪祥镇_2024.csv", "A01@TT")).containsExactly("");
        assertThat(rows("2024/张义镇_2024.csv", StandardCharsets.UTF_8)).filteredOn(row -> row[1].equals("2023"))
                .extracting(row -> row[2]).containsExactly("P01@R");
        assertThat(cells("2017/金塔乡_2017.csv", "L03_1")).containsExactly("");
        assertThat(cells("2017/柏树乡_2017.csv", "L08_4")).containsExactly("3500元");
    }

    @Test
    void regeneratesTheSameBytesFromScratchAndLeavesTheRegisterAlone(@TempDir Path other) throws IOException {
        Files.copy(SHIPPED_REGISTER, other.resolve("units.csv"));
        Files.createDirectories(other.resolve("2024/旧文件"));
        Files.writeString(other.resolve("2024/旧文件/stale.csv"), "old");

        DemoInputGenerator.generate(other);

        assertThat(Files.exists(other.resolve("2024/旧文件"))).isFalse();
        assertThat(Files.readAllBytes(other.resolve("units.csv"))).isEqualTo(Files.readAllBytes(SHIPPED_REGISTER));
        assertThat(contents(other)).isEqualTo(contents(input));
    }

    private static List<String> files(String year) throws IOException {
        try (Stream<Path> paths = Files.walk(input.resolve(year))) {
            return paths.filter(Files::isRegularFile).map(path -> input.relativize(path).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                contents.put(folder.relativize(path).toString(), new String(Files.readAllBytes(path),
                        StandardCharsets.ISO_8859_1));
            }
        }
        return contents;
    }

    private static List<String> lines(String path) throws IOException {
        return Files.readAllLines(input.resolve(path), StandardCharsets.UTF_8);
    }

    private static List<String[]> rows(String path, Charset charset) throws IOException {
        try (CSVReader csv = new CSVReader(new StringReader(Files.readString(input.resolve(path), charset)))) {
            return csv.readAll();
        } catch (CsvException e) {
            throw new IOException(e);
        }
    }

    /** The value column of the rows with these codes, in file order (a repeated code gives several values). */
    private static List<String> cells(String path, String... codes) throws IOException {
        List<String[]> rows = rows(path, StandardCharsets.UTF_8);
        return Stream.of(codes).flatMap(code -> rows.stream().filter(row -> row[2].equals(code)).map(row -> row[4]))
                .toList();
    }

    private static Map<String, String> valuesByCode(List<String[]> rows) {
        Map<String, String> values = new LinkedHashMap<>();
        rows.stream().skip(1).forEach(row -> values.put(row[2], row[4]));
        return values;
    }

    private static boolean decodes(byte[] bytes, Charset charset) {
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
