package org.disclosurerollup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.disclosurerollup.register.Unit;
import org.disclosurerollup.register.UnitRegister;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code template}: one workbook per expected unit under {@code <output>/templates/<year>/}, no Spring context. */
class TemplateCommandTests {

    @TempDir
    Path work;

    private Path units;
    private Path output;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void register() throws Exception {
        units = work.resolve("units.csv");
        try (InputStream in = getClass().getResourceAsStream("/register/liangzhou-units.csv")) {
            Files.copy(in, units);
        }
        output = work.resolve("output");
    }

    private int execute(String... args) {
        String[] all = Stream.concat(Stream.of(args), Stream.of("--units", units.toString(), "--output",
                output.toString())).toArray(String[]::new);
        return RollupCommandLine.execute(new PrintWriter(out, true), new PrintWriter(err, true), all);
    }

    private List<String> files(int year) throws Exception {
        try (Stream<Path> files = Files.list(output.resolve("templates").resolve(String.valueOf(year)))) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @ParameterizedTest
    @CsvSource({"2017, V2014, 韩佐乡_2017.xlsx, 韩佐镇_2017.xlsx", "2024, V2021, 韩佐镇_2024.xlsx, 韩佐乡_2024.xlsx"})
    void writesOneWorkbookPerExpectedUnit(int year, String template, String present, String absent) throws Exception {
        List<Unit> expected = UnitRegister.load(units).expectedIn(year);

        assertThat(execute("template", "--year", String.valueOf(year))).isZero();

        assertThat(files(year)).hasSize(expected.size())
                .containsAll(expected.stream().map(unit -> unit.name() + "_" + year + ".xlsx").toList())
                .contains(present).doesNotContain(absent).allMatch(name -> !name.startsWith("."));
        assertThat(out.toString().strip()).isEqualTo(year + " 年填报模板（" + template + "）已生成 " + expected.size()
                + " 个：" + output.resolve("templates").resolve(String.valueOf(year)));
        try (XSSFWorkbook workbook = new XSSFWorkbook(output.resolve("templates/" + year + "/" + present).toFile())) {
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("填报单位：" + present.substring(0, present.indexOf('_')));
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).endsWith("（" + template + "）");
        }
    }

    @Test
    void writesOnlyTheUnitNamedByAnAlias() throws Exception {
        assertThat(execute("template", "--year", "2017", "--unit", "凉州区四坝镇人民政府")).isZero();
        assertThat(files(2017)).containsExactly("四坝镇_2017.xlsx");
        assertThat(execute("template", "--year", "2024", "--unit", "韩佐乡")).isZero();
        assertThat(files(2024)).containsExactly("韩佐镇_2024.xlsx");
    }

    @Test
    void anUnknownUnitIsAConfigurationErrorOnOneLine() {
        assertThat(execute("template", "--year", "2024", "--unit", "火星镇")).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("单位名单 " + units + " 中没有 2024 年应报送的单位“火星镇”："
                + "请检查名称，或在名单中添加该单位（或别名）");
        assertThat(output.resolve("templates")).doesNotExist();
    }

    @Test
    void aYearWithoutTemplateOrAMissingRegisterIsAConfigurationError() {
        assertThat(execute("template", "--year", "2010")).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("2010 年没有对应的统计表格式：请检查 --year（支持 2014 年及以后）");
        units = work.resolve("missing.csv");
        assertThat(execute("template", "--year", "2024")).isEqualTo(2);
        assertThat(execute("template")).isEqualTo(2);
    }

    @Test
    void replacesAnEarlierTemplateInPlace() throws Exception {
        Path file = output.resolve("templates/2024/四坝镇_2024.xlsx");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "old");
        assertThat(execute("template", "--year", "2024", "--unit", "四坝镇")).isZero();
        assertThat(Files.size(file)).isGreaterThan(3000);
        assertThat(files(2024)).containsExactly("四坝镇_2024.xlsx");
    }

    @Test
    void helpIsInChineseAndEnglish() {
        assertThat(RollupCommandLine.execute(new PrintWriter(out, true), new PrintWriter(err, true), "--help"))
                .isZero();
        assertThat(out.toString()).contains("template");
        assertThat(RollupCommandLine.execute(new PrintWriter(out, true), new PrintWriter(err, true), "template",
                "--help")).isZero();
        assertThat(out.toString()).contains("--year", "--unit", "空白填报模板", "blank fill-in workbooks",
                "<output>/templates/<year>/");
    }
}
