package org.disclosurerollup.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.disclosurerollup.catalog.Catalog;
import org.disclosurerollup.catalog.Rule;
import org.disclosurerollup.catalog.Severity;
import org.disclosurerollup.catalog.Template;
import org.disclosurerollup.register.Unit;
import org.disclosurerollup.register.UnitType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark input generator (named so that surefire's {@code *Benchmark*} exclusion does not skip it). */
class GeneratedBenchInputTest {

    @Test
    void writesARegisterOfMixedTypesAndOneFullFilePerUnit(@TempDir Path folder) throws IOException {
        long rows = BenchmarkInputGenerator.generate(folder, 21, 2024);

        List<Unit> units = RegisterCsv.read(folder.resolve("units.csv"));
        assertThat(units).hasSize(21);
        assertThat(units).extracting(Unit::type).containsOnly(UnitType.GOVERNMENT, UnitType.DEPARTMENT, UnitType.TOWNSHIP)
                .filteredOn(type -> type == UnitType.DEPARTMENT).hasSize(2);
        assertThat(units.get(0)).isEqualTo(new Unit("B0001", "基准区人民政府", UnitType.GOVERNMENT, List.of("基准区政府"), null, null));
        assertThat(rows).isEqualTo(21 * 200);
        try (Stream<Path> files = Files.list(folder.resolve("2024"))) {
            assertThat(files).hasSize(21);
        }
        List<String> lines = Files.readAllLines(folder.resolve("2024/基准第0002镇_2024.csv"), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(201);
        assertThat(lines.get(0)).isEqualTo("单位,年度,指标代码,指标名称,数值");
        assertThat(lines.get(1)).isEqualTo("基准第0002镇,2024,P01@M,规章/本年制发件数,0");
    }

    @Test
    void everyFilePassesTheErrorRulesAndTheGovernmentCountsPassTenMillion(@TempDir Path folder) throws IOException {
        BenchmarkInputGenerator.generate(folder, 5, 2024);
        Template template = Catalog.fromClasspath().templateFor(2024).orElseThrow();

        try (Stream<Path> files = Files.list(folder.resolve("2024"))) {
            for (Path file : files.toList()) {
                Map<String, BigDecimal> values = values(file);
                assertThat(template.rules()).as(file.toString()).allMatch(rule -> holds(rule, values));
            }
        }
        assertThat(values(folder.resolve("2024/基准区人民政府_2024.csv")).get("P03@N")).isGreaterThan(BigDecimal.valueOf(10_000_000));
    }

    @Test
    void writesTheSameFilesOnEveryRun(@TempDir Path first, @TempDir Path second) throws IOException {
        BenchmarkInputGenerator.generate(first, 3, 2017);
        BenchmarkInputGenerator.generate(second, 3, 2017);

        assertThat(Files.readAllBytes(first.resolve("2017/基准第0003镇_2017.csv")))
                .isEqualTo(Files.readAllBytes(second.resolve("2017/基准第0003镇_2017.csv")))
                .hasSizeGreaterThan(58 * 10);
    }

    private static boolean holds(Rule rule, Map<String, BigDecimal> values) {
        return rule.severity() != Severity.ERROR
                || rule.evaluate(code -> values.getOrDefault(code, BigDecimal.ZERO)).holds();
    }

    private static Map<String, BigDecimal> values(Path file) throws IOException {
        Map<String, BigDecimal> values = new HashMap<>();
        Files.readAllLines(file, StandardCharsets.UTF_8).stream().skip(1).map(line -> line.split(","))
                .forEach(fields -> values.put(fields[2], new BigDecimal(fields[4])));
        return values;
    }
}
