package org.disclosurerollup.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The README's walk-through one level up, on the shipped files: 凉州区 (the demo) and 民勤县 are summed, their workbooks
 * copied into 武威市's input beside 古浪县's hand-filled form, 天祝县's long layout and the city's own units, and
 * 武威市 is summed: every area counted once, 民勤县's missing town said at the city.
 */
class CityWalkThroughTests extends JobTestSupport {

    @Test
    void theCityWalkThroughOfTheReadmeWorksOnTheShippedFiles() throws Exception {
        Path district = copy(Path.of("input"), work.resolve("input"), "units.csv", "2024");
        Path county = copy(Path.of("demo/民勤县"), work.resolve("demo/民勤县"), "units.csv", "2024");
        Path city = copy(Path.of("demo/武威市"), work.resolve("demo/武威市"), "units.csv", "2024");
        Path output = work.resolve("output");

        assertThat(run(2024, district, output).completed()).isTrue();
        assertThat(runner.run(new YearEndRunner.Request(2024, county, output.resolve("民勤县"),
                county.resolve("units.csv"), "民勤县")).completed()).isTrue();
        Files.copy(output.resolve("2024/凉州区_2024_政府信息公开统计汇总.xlsx"),
                city.resolve("2024/凉州区_2024_政府信息公开统计汇总.xlsx"));
        Files.copy(output.resolve("民勤县/2024/民勤县_2024_政府信息公开统计汇总.xlsx"),
                city.resolve("2024/民勤县_2024_政府信息公开统计汇总.xlsx"));
        RunOutcome outcome = runner.run(new YearEndRunner.Request(2024, city, output.resolve("武威市"),
                city.resolve("units.csv"), "武威市"));

        assertThat(outcome.completed()).as(outcome.failure()).isTrue();
        assertThat(outcome.counts().summaryLines()).containsExactly("文件 7 个；报表 采用 7，退回 0，未报送单位 0",
                "数据行 读取 1400 = 采用 1400 + 退回 0");
        Map<String, Map<String, BigDecimal>> totals = totals(output.resolve("武威市/2024/totals.csv"));
        assertThat(totals.keySet()).containsExactly("all", "district", "government", "department", "township",
                "region");
        totals.get("all").forEach((code, all) -> assertThat(all).as(code).isEqualByComparingTo(
                totals.get("district").get(code).add(totals.get("region").get(code))));
        assertThat(Fixtures.warningsListed(output.resolve("武威市/2024/武威市_2024_政府信息公开统计汇总.xlsx")))
                .filteredOn(line -> line.contains("|lower-area-gaps|"))
                .extracting(line -> line.split("\\|")[4]).containsExactly("凉州区", "民勤县");
        try (XSSFWorkbook book = new XSSFWorkbook(output.resolve("武威市/2024/武威市_2024_政府信息公开统计汇总.xlsx")
                .toFile())) {
            String lacking = "所含下级地区的汇总不全：凉州区（缺报：松树镇、区交通运输局、区统计局；"
                    + "被退回：和平镇、羊下坝镇、西营镇、谢河镇、下双镇、清水镇）、民勤县（缺报：红沙梁镇）（见“报送情况”）";
            assertThat(book.getSheet("全市").getRow(2).getCell(0).getStringCellValue()).isEqualTo("本表" + lacking);
            assertThat(book.getSheet("分地区").getRow(0).getCell(0).getStringCellValue()).isEqualTo("本表" + lacking);
            assertThat((Object) book.getSheet("市本级").getRow(2)).isNull();
        }
    }

    private static Path copy(Path from, Path to, String... parts) throws Exception {
        for (String part : parts) {
            try (Stream<Path> files = Files.walk(from.resolve(part))) {
                for (Path file : files.toList()) {
                    Path target = to.resolve(from.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
            }
        }
        return to;
    }

    private static Map<String, Map<String, BigDecimal>> totals(Path file) {
        Map<String, Map<String, BigDecimal>> totals = new LinkedHashMap<>();
        for (String line : Fixtures.lines(file).stream().skip(1).toList()) {
            String[] fields = line.split(",");
            totals.computeIfAbsent(fields[1], scope -> new LinkedHashMap<>()).put(fields[2], new BigDecimal(fields[3]));
        }
        return totals;
    }

}
