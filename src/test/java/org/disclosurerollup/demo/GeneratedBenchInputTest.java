package org.disclosurerollup.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.disclosurerollup.catalog.Catalog;
import org.disclosurerollup.catalog.Rule;
import org.disclosurerollup.catalog.Severity;
import org.disclosurerollup.catalog.Template;
import org.disclosurerollup.demo.BenchmarkInputGenerator.GeneratedInput;
import org.disclosurerollup.reading.OfficialFormReader;
import org.disclosurerollup.reading.OfficialFormReading;
import org.disclosurerollup.register.Unit;
import org.disclosurerollup.register.UnitType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark input generator (named so that surefire's {@code *Benchmark*} exclusion does not skip it). */
class GeneratedBenchInputTest {

    private static final Template V2021 = Catalog.fromClasspath().templateFor(2024).orElseThrow();

    @Test
    void multiWritesARegisterOfMixedTypesAndLongCsvFilesOfManyUnits(@TempDir Path folder) throws IOException {
        GeneratedInput input = BenchmarkInputGenerator.generate(folder, 21, 2024, InputShape.MULTI);

        assertThat(input).isEqualTo(new GeneratedInput(InputShape.MULTI, 21, 2024, 21 * 200, 1));
        assertThat(Files.readString(folder.resolve("generated.txt"))).isEqualTo(input.describe() + "\n");
        List<Unit> units = RegisterCsv.read(folder.resolve("units.csv"));
        assertThat(units).extracting(Unit::code).doesNotHaveDuplicates().startsWith("B00001", "B00002");
        assertThat(units).extracting(Unit::type).filteredOn(type -> type == UnitType.DEPARTMENT).hasSize(2);
        assertThat(units.get(0).type()).isEqualTo(UnitType.GOVERNMENT);
        assertThat(fileNames(folder.resolve("2024"))).containsExactly("长表汇总-0001.csv");
        List<String> lines = Files.readAllLines(folder.resolve("2024/长表汇总-0001.csv"), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(1 + 21 * 200);
        assertThat(lines.get(0)).isEqualTo("单位,年度,指标代码,指标名称,数值");
        assertThat(lines.get(201)).isEqualTo("基准第00002镇,2024,P01@M,规章/本年制发件数,0");
    }

    @Test
    void everyUnitPassesTheErrorRulesAndTheGovernmentCountsPassTenMillion(@TempDir Path folder) throws IOException {
        BenchmarkInputGenerator.generate(folder, 5, 2024, InputShape.MULTI);

        Map<String, Map<String, BigDecimal>> unitsCells = Files.readAllLines(folder.resolve("2024/长表汇总-0001.csv"))
                .stream().skip(1).map(line -> line.split(","))
                .collect(Collectors.groupingBy(fields -> fields[0],
                        Collectors.toMap(fields -> fields[2], fields -> new BigDecimal(fields[4]))));
        assertThat(unitsCells).hasSize(5);
        unitsCells.forEach((unit, cells) ->
                assertThat(V2021.rules()).as(unit).allMatch(rule -> holds(rule, cells)));
        assertThat(unitsCells.get("基准省人民政府").get("P03@N")).isGreaterThan(BigDecimal.valueOf(10_000_000));
    }

    @Test
    void mixedWritesOneFileOfEachKindWithTheCellsOfThePlainCsvTheSameOnEveryRun(@TempDir Path folder,
                                                                                @TempDir Path again) throws IOException {
        GeneratedInput input = BenchmarkInputGenerator.generate(folder, 4, 2024, InputShape.MIXED);
        BenchmarkInputGenerator.generate(again, 4, 2024, InputShape.MIXED);

        assertThat(input).isEqualTo(new GeneratedInput(InputShape.MIXED, 4, 2024, 4 * 200, 4));
        Path year = folder.resolve("2024");
        assertThat(fileNames(year)).containsExactlyInAnyOrder("基准省人民政府_2024.csv", "基准第00002镇_2024.csv",
                "基准第00003镇_2024.xlsx", "基准第00004镇_2024.xlsx");
        Map<String, Map<String, BigDecimal>> plain = plainCells(folder.resolve("duckdb/cells.csv"));
        assertThat(csvCells(year.resolve("基准省人民政府_2024.csv"), StandardCharsets.UTF_8)).isEqualTo(plain.get("B00001"));
        assertThat(csvCells(year.resolve("基准第00002镇_2024.csv"), Charset.forName("GB18030"))).isEqualTo(plain.get("B00002"));
        assertThat(officialFormCells(year.resolve("基准第00003镇_2024.xlsx"))).isEqualTo(plain.get("B00003"));
        assertThat(longWorkbookCells(year.resolve("基准第00004镇_2024.xlsx"), 2)).isEqualTo(plain.get("B00004"));
        for (String name : fileNames(year)) {
            assertThat(Files.readAllBytes(year.resolve(name))).as(name).isEqualTo(Files.readAllBytes(again.resolve("2024").resolve(name)));
        }
    }

    @Test
    void workbookWritesAllUnitsIntoOneLongLayoutWorkbook(@TempDir Path folder) throws IOException {
        GeneratedInput input = BenchmarkInputGenerator.generate(folder, 2, 2024, InputShape.WORKBOOK);

        assertThat(input).isEqualTo(new GeneratedInput(InputShape.WORKBOOK, 2, 2024, 2 * 200, 1));
        assertThat(fileNames(folder.resolve("2024"))).containsExactly("长表汇总.xlsx");
        Map<String, BigDecimal> plainTotals = new HashMap<>();
        plainCells(folder.resolve("duckdb/cells.csv")).values()
                .forEach(cells -> cells.forEach((code, value) -> plainTotals.merge(code, value, BigDecimal::add)));
        assertThat(longWorkbookCells(folder.resolve("2024/长表汇总.xlsx"), 0)).isEqualTo(plainTotals);
    }

    private static boolean holds(Rule rule, Map<String, BigDecimal> values) {
        return rule.severity() != Severity.ERROR
                || rule.evaluate(code -> values.getOrDefault(code, BigDecimal.ZERO)).holds();
    }

    private static List<String> fileNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }

    /** Unit code → (cell code → value) of the plain CSV written for DuckDB. */
    private static Map<String, Map<String, BigDecimal>> plainCells(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("unit,code,value");
        return lines.stream().skip(1).map(line -> line.split(",")).collect(Collectors.groupingBy(fields -> fields[0],
                Collectors.toMap(fields -> fields[1], fields -> new BigDecimal(fields[2]))));
    }

    private static Map<String, BigDecimal> csvCells(Path file, Charset charset) throws IOException {
        return Files.readAllLines(file, charset).stream().skip(1).map(line -> line.split(","))
                .collect(Collectors.toMap(fields -> fields[2], fields -> new BigDecimal(fields[4])));
    }

    /** Cell code → value summed over the units of the sheet {@code 数据}, whose header is at {@code headerRow}. */
    private static Map<String, BigDecimal> longWorkbookCells(Path file, int headerRow) throws IOException {
        Map<String, BigDecimal> cells = new HashMap<>();
        DataFormatter text = new DataFormatter();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheet("数据");
            for (Row row : sheet) {
                if (row.getRowNum() > headerRow) {
                    cells.merge(text.formatCellValue(row.getCell(2)), new BigDecimal(text.formatCellValue(row.getCell(4))),
                            BigDecimal::add);
                }
            }
        }
        return cells;
    }

    private static Map<String, BigDecimal> officialFormCells(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            var form = (OfficialFormReading.Form) new OfficialFormReader(Catalog.fromClasspath()).read(book);
            return form.rows().stream().collect(Collectors.toMap(row -> row.code(), row -> new BigDecimal(row.value())));
        }
    }
}
