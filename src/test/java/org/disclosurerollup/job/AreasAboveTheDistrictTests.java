package org.disclosurerollup.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.disclosurerollup.catalog.Catalog;
import org.disclosurerollup.catalog.CatalogCell;
import org.disclosurerollup.catalog.Template;
import org.disclosurerollup.export.FillInTemplate;
import org.disclosurerollup.reading.OfficialFormReader;
import org.disclosurerollup.reading.OfficialFormReading;
import org.disclosurerollup.reading.RawRow;
import org.junit.jupiter.api.Test;

/**
 * Three levels, one January: two counties sum their units (甲县 without 红柳乡, which sent nothing); the city sums its
 * government, a department and four counties — two as their workbooks, one hand-filled official form, one long layout;
 * the province sums its government, the city's workbook and another city's long layout. At every level every total is
 * exact for every scope, the labels are the level's, and what a county lacked is said at the city and the province. A
 * county's township sent straight to the city is no unit of the city's: nothing is counted twice. A workbook is known
 * by its content, not its name (乙县's comes renamed).
 */
class AreasAboveTheDistrictTests extends JobTestSupport {

    private static final Template V2021 = Catalog.fromClasspath().template("V2021").orElseThrow();
    private static final int YEAR = 2024;

    @Test
    void aCityAndAProvinceSumTheAreasBelowOnceEach() throws Exception {
        // the counties
        Map<String, Map<String, BigDecimal>> jia = Map.of("甲县人民政府", figures(3, "1.25"), "县教育局", figures(2, "0.10"),
                "沙河镇", figures(5, "2.00"), "青松镇", figures(7, "0.33"));
        Path jiaOutput = county("甲县", jia, List.of("红柳乡")).output();
        Map<String, Map<String, BigDecimal>> yi = Map.of("乙县人民政府", figures(1, "0.00"), "东坝镇", figures(11, "4.40"));
        Path yiOutput = county("乙县", yi, List.of()).output();

        // the city
        Path city = Files.createDirectories(work.resolve("city/input/" + YEAR));
        write(city.getParent().resolve("units.csv"), """
                code,name,type,aliases,from_year,to_year
                C000,丙市人民政府,government,市政府,,
                C101,市财政局,department,,,
                R01,甲县,region,,,
                R02,乙县,region,,,
                R03,丁县,region,,,
                R04,戊县,region,,,
                """);
        Files.copy(jiaOutput.resolve(YEAR + "/甲县_2024_政府信息公开统计汇总.xlsx"), city.resolve("甲县_2024_政府信息公开统计汇总.xlsx"));
        // renamed by the county: known by its content, read as when named properly
        Files.copy(yiOutput.resolve(YEAR + "/乙县_2024_政府信息公开统计汇总.xlsx"), city.resolve("汇总表.xlsx"));
        Map<String, BigDecimal> ding = figures(13, "5.55");
        fillTemplate("丁县", ding, city.resolve("丁县_2024.xlsx"));
        Map<String, BigDecimal> wu = figures(17, "0.07");
        write(city.resolve("戊县_2024.csv"), longLayout("戊县", wu));
        Map<String, BigDecimal> cityGovernment = figures(19, "9.99");
        Map<String, BigDecimal> finance = figures(23, "0.01");
        write(city.resolve("丙市人民政府_2024.csv"), longLayout("丙市人民政府", cityGovernment));
        write(city.resolve("市财政局_2024.csv"), longLayout("市财政局", finance));
        Files.copy(work.resolve("甲县/input/" + YEAR + "/沙河镇_2024.csv"), city.resolve("沙河镇_2024.csv"));
        Path cityOutput = work.resolve("city/output");

        RunOutcome cityRun = run("丙市", city.getParent(), cityOutput);

        assertThat(cityRun.completed()).as(cityRun.failure()).isTrue();
        Map<String, BigDecimal> jiaTotal = sum(new ArrayList<>(jia.values()));
        Map<String, BigDecimal> yiTotal = sum(new ArrayList<>(yi.values()));
        Map<String, BigDecimal> regions = sum(List.of(jiaTotal, yiTotal, ding, wu));
        Map<String, BigDecimal> ownLevel = sum(List.of(cityGovernment, finance));
        Map<String, Map<String, String>> cityTotals = totals(cityOutput);
        assertThat(cityTotals.keySet()).containsExactly("all", "district", "government", "department", "township",
                "region");
        assertExactly(cityTotals.get("region"), regions);
        assertExactly(cityTotals.get("district"), ownLevel);
        assertExactly(cityTotals.get("all"), sum(List.of(regions, ownLevel)));
        assertExactly(cityTotals.get("township"), sum(List.of()));
        assertThat(Fixtures.lines(cityOutput.resolve(YEAR + "/rejected-rows.csv"))).contains("沙河镇_2024.csv,,,沙河镇,,,"
                + "unknown-unit,文件中的单位“沙河镇”不在报送名单中：如果它是下级地区（甲县、乙县、丁县、戊县）的乡镇或部门，它计入"
                + "该地区的汇总，请把它报送该地区，不要直接报送丙市；如果是丙市本级的单位，请使用名单中的单位名称，或在单位名单（units.csv）"
                + "中补充别名");
        Path cityWorkbook = cityOutput.resolve(YEAR + "/丙市_2024_政府信息公开统计汇总.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(cityWorkbook.toFile())) {
            assertThat(List.of(book.getSheetName(0), book.getSheetName(1))).containsExactly("全市", "市本级");
            assertThat(texts(book.getSheet("分类汇总").getRow(0))).containsExactly("代码", "指标", "单位", "全市", "市本级",
                    "市政府", "市直部门", "乡镇街道", "各县（市、区）");
            assertThat(statusNote(book, "甲县")).startsWith("计入汇总；甲县 2024年汇总（运行 #").endsWith("；缺报：红柳乡");
            assertThat(statusNote(book, "乙县")).startsWith("计入汇总；乙县 2024年汇总（运行 #").doesNotContain("缺报");
            assertThat(statusNote(book, "丁县")).isEqualTo("计入汇总");
        }
        assertThat(Fixtures.warningsListed(cityWorkbook)).filteredOn(line -> line.contains("|lower-area-gaps|"))
                .singleElement().asString().contains("甲县的汇总（运行 #").contains("缺报：红柳乡");

        // the province
        Path province = Files.createDirectories(work.resolve("province/input/" + YEAR));
        write(province.getParent().resolve("units.csv"), """
                code,name,type,aliases,from_year,to_year
                P000,己省人民政府,government,省政府,,
                M01,丙市,region,,,
                M02,庚市,region,,,
                """);
        Files.copy(cityWorkbook, province.resolve("丙市_2024_政府信息公开统计汇总.xlsx"));
        Map<String, BigDecimal> geng = figures(29, "3.21");
        write(province.resolve("庚市_2024.csv"), longLayout("庚市", geng));
        Map<String, BigDecimal> provinceGovernment = figures(31, "0.50");
        write(province.resolve("己省人民政府_2024.csv"), longLayout("己省人民政府", provinceGovernment));
        Path provinceOutput = work.resolve("province/output");

        RunOutcome provinceRun = run("己省", province.getParent(), provinceOutput);

        assertThat(provinceRun.completed()).as(provinceRun.failure()).isTrue();
        Map<String, BigDecimal> cityAll = sum(List.of(regions, ownLevel));
        Map<String, Map<String, String>> provinceTotals = totals(provinceOutput);
        assertExactly(provinceTotals.get("region"), sum(List.of(cityAll, geng)));
        assertExactly(provinceTotals.get("district"), sum(List.of(provinceGovernment)));
        assertExactly(provinceTotals.get("all"), sum(List.of(cityAll, geng, provinceGovernment)));
        try (XSSFWorkbook book = new XSSFWorkbook(provinceOutput.resolve(YEAR + "/己省_2024_政府信息公开统计汇总.xlsx")
                .toFile())) {
            assertThat(List.of(book.getSheetName(0), book.getSheetName(1))).containsExactly("全省", "省本级");
            assertThat(statusNote(book, "丙市")).startsWith("计入汇总；丙市 2024年汇总（运行 #")
                    .endsWith("；下级汇总不全：甲县（缺报：红柳乡）");
        }
    }

    @Test
    void ofACountysWorkbookAndATableFilledInByHandTheNewerCountsAndAWarningSaysWhatIsLost() throws Exception {
        Map<String, Map<String, BigDecimal>> yi = Map.of("乙县人民政府", figures(1, "0.00"), "东坝镇", figures(11, "4.40"));
        County county = county("乙县", yi, List.of("红柳乡"));
        Map<String, BigDecimal> byHand = figures(5, "1.00");
        FileTime earlier = FileTime.from(Instant.parse("2025-01-10T02:00:00Z"));
        FileTime later = FileTime.from(Instant.parse("2025-01-20T02:00:00Z"));

        for (boolean handFilledLater : new boolean[] {true, false}) {
            Path city = Files.createDirectories(work.resolve("丙市" + handFilledLater + "/input/" + YEAR));
            write(city.getParent().resolve("units.csv"), """
                    code,name,type,aliases,from_year,to_year
                    C000,丙市人民政府,government,市政府,,
                    R02,乙县,region,,,
                    """);
            Path workbook = Files.copy(county.output().resolve(YEAR + "/乙县_2024_政府信息公开统计汇总.xlsx"),
                    city.resolve("乙县_2024_政府信息公开统计汇总.xlsx"));
            Path form = city.resolve("乙县_2024.xlsx");
            fillTemplate("乙县", byHand, form);
            Files.setLastModifiedTime(workbook, handFilledLater ? earlier : later);
            Files.setLastModifiedTime(form, handFilledLater ? later : earlier);
            Path output = work.resolve("丙市" + handFilledLater + "/output");

            RunOutcome outcome = run("丙市", city.getParent(), output);

            assertThat(outcome.completed()).as(outcome.failure()).isTrue();
            assertExactly(totals(output).get("region"), handFilledLater ? sum(List.of(byHand))
                    : sum(new ArrayList<>(yi.values())));
            String workbookRun = "（乙县汇总运行 #" + county.run() + "）";
            assertThat(Fixtures.warningsListed(output.resolve(YEAR + "/丙市_2024_政府信息公开统计汇总.xlsx")))
                    .filteredOn(line -> line.contains("|replaces-area-workbook|"))
                    .extracting(line -> line.split("\\|")[8]).containsExactly(handFilledLater
                            ? "计入的是 乙县_2024.xlsx（手工填写的表格或长表），它比乙县的汇总工作簿 乙县_2024_政府信息公开统计汇总.xlsx"
                                    + workbookRun + "新，替代了后者：乙县的数出自哪次汇总、缺报和被退回的单位都已无从得知。"
                                    + "如果应以汇总工作簿为准，请把 乙县_2024.xlsx 移出输入文件夹后重新运行"
                            : "计入的是乙县的汇总工作簿 乙县_2024_政府信息公开统计汇总.xlsx" + workbookRun + "，它比 乙县_2024.xlsx"
                                    + "（手工填写的表格或长表）新，替代了后者。如果应以 乙县_2024.xlsx 为准，请把 "
                                    + "乙县_2024_政府信息公开统计汇总.xlsx 移出输入文件夹后重新运行");
            Path notice = output.resolve(YEAR + "/退回通知/乙县_2024_退回通知.xlsx");
            assertThat(Files.exists(notice) ? Fixtures.noticeLines(notice) : List.<String>of())
                    .as("the office's choice between the files is not the county's to fix")
                    .noneMatch(line -> line.contains("replaces-area-workbook") || line.contains("移出输入文件夹"));
        }
    }

    /** A county's output folder and the run that wrote it. */
    private record County(Path output, long run) {
    }

    /** A county of its units (and those it lacks in its register), run. */
    private County county(String name, Map<String, Map<String, BigDecimal>> units, List<String> missing)
            throws Exception {
        Path input = Files.createDirectories(work.resolve(name + "/input/" + YEAR));
        StringBuilder register = new StringBuilder("code,name,type,aliases,from_year,to_year\n");
        int code = 1;
        for (String unit : units.keySet().stream().sorted().toList()) {
            String type = unit.endsWith("人民政府") ? "government" : unit.endsWith("局") ? "department" : "township";
            register.append(name).append(code++).append(',').append(unit).append(',').append(type).append(",,,\n");
            write(input.resolve(unit + "_" + YEAR + ".csv"), longLayout(unit, units.get(unit)));
        }
        for (String unit : missing) {
            register.append(name).append(code++).append(',').append(unit).append(",township,,,\n");
        }
        write(input.getParent().resolve("units.csv"), register.toString());
        Path output = work.resolve(name + "/output");
        RunOutcome outcome = run(name, input.getParent(), output);
        assertThat(outcome.completed()).as(outcome.failure()).isTrue();
        return new County(output, outcome.runId());
    }

    private RunOutcome run(String area, Path input, Path output) throws Exception {
        return runner.run(new YearEndRunner.Request(YEAR, input, output, input.resolve("units.csv"), area));
    }

    /** A unit's figures that hold every rule: n applications of natural persons all disclosed, n and n+1 decisions. */
    private static Map<String, BigDecimal> figures(int n, String fee) {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        for (String code : List.of("A01@NP", "A01@TT", "A03_1@NP", "A03_1@TT", "A03_7@NP", "A03_7@TT")) {
            figures.put(code, BigDecimal.valueOf(n));
        }
        figures.put("P03@N", BigDecimal.valueOf(n + 1));
        figures.put("P06@AMT", new BigDecimal(fee));
        return figures;
    }

    private static String longLayout(String unit, Map<String, BigDecimal> figures) {
        StringBuilder csv = new StringBuilder("单位,指标代码,数值\n");
        figures.forEach((code, value) -> csv.append(unit).append(',').append(code).append(',')
                .append(value.toPlainString()).append('\n'));
        return csv.toString();
    }

    private static Map<String, BigDecimal> sum(List<Map<String, BigDecimal>> parts) {
        Map<String, BigDecimal> sum = new LinkedHashMap<>();
        for (CatalogCell cell : V2021.valueCells()) {
            sum.put(cell.code(), parts.stream().map(part -> part.getOrDefault(cell.code(), BigDecimal.ZERO))
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        return sum;
    }

    /** Every value cell of the scope in totals.csv is the sum (万元 with two places). */
    private static void assertExactly(Map<String, String> scope, Map<String, BigDecimal> expected) {
        assertThat(scope).hasSize(V2021.valueCells().size());
        for (CatalogCell cell : V2021.valueCells()) {
            BigDecimal value = expected.get(cell.code());
            String shown = cell.isAmount() ? value.setScale(2).toPlainString() : value.stripTrailingZeros().toPlainString();
            assertThat(scope.get(cell.code())).as(cell.code()).isEqualTo(shown);
        }
    }

    /** totals.csv: scope → code → value as written. */
    private static Map<String, Map<String, String>> totals(Path output) throws IOException {
        Map<String, Map<String, String>> totals = new LinkedHashMap<>();
        for (String line : Fixtures.lines(output.resolve(YEAR + "/totals.csv")).stream().skip(1).toList()) {
            String[] fields = line.split(",");
            totals.computeIfAbsent(fields[1], scope -> new LinkedHashMap<>()).put(fields[2], fields[3]);
        }
        return totals;
    }

    private static String statusNote(XSSFWorkbook book, String unit) {
        DataFormatter text = new DataFormatter();
        for (Row row : book.getSheet("报送情况")) {
            if (unit.equals(text.formatCellValue(row.getCell(1)))) {
                return text.formatCellValue(row.getCell(10));
            }
        }
        throw new AssertionError(unit + " not in 报送情况");
    }

    private static List<String> texts(Row row) {
        DataFormatter text = new DataFormatter();
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(text.formatCellValue(cell)));
        return cells;
    }

    /** The blank template of the {@code template} command for an area, filled in by hand. */
    private static void fillTemplate(String area, Map<String, BigDecimal> values, Path file) throws Exception {
        Path blank = file.resolveSibling("blank.tmp");
        FillInTemplate.write(new FillInTemplate.Request(V2021, area, "region", YEAR), blank);
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(blank))) {
            OfficialFormReading.Form form = (OfficialFormReading.Form) new OfficialFormReader(Catalog.fromClasspath())
                    .read(book);
            Sheet sheet = book.getSheet(FillInTemplate.FORM_SHEET);
            for (RawRow row : form.rows()) {
                if (values.containsKey(row.code())) {
                    CellReference at = new CellReference(row.cellRef());
                    sheet.getRow(at.getRow()).getCell(at.getCol()).setCellValue(values.get(row.code()).doubleValue());
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }
        Files.delete(blank);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
