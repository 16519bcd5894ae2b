package org.disclosurerollup.demo;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.disclosurerollup.catalog.Catalog;
import org.disclosurerollup.catalog.Template;
import org.disclosurerollup.register.Unit;
import org.disclosurerollup.register.UnitType;

/**
 * The shipped walk-through one level up, 2024 (V2021): {@code demo/民勤县} (a county: its government, three departments
 * and its towns; 红沙梁镇 sends nothing) and {@code demo/武威市} (the city: its government and two departments, and its
 * four counties — 凉州区 and 民勤县 as their workbooks, which the walk-through copies in after running them, 古浪县 as a
 * hand-filled official form, 天祝藏族自治县 as a long layout under its short name 天祝县). The same bytes on every run.
 */
final class DemoWuwei {

    static final int YEAR = 2024;
    static final String COUNTY = "民勤县";
    static final String CITY = "武威市";
    static final String SILENT_TOWN = "红沙梁镇";
    /** How many units each county's own roll-up sums: its government, departments and towns. */
    static final int GULANG_UNITS = 34;
    static final int TIANZHU_UNITS = 29;
    private static final List<String> TOWNS = List.of("三雷镇", "东坝镇", "泉山镇", "西渠镇", "东湖镇", SILENT_TOWN, "苏武镇",
            "大坝镇", "收成镇", "蔡旗镇", "夹河镇", "重兴镇", "薛百镇", "大滩镇", "双茨科镇", "昌宁镇", "南湖镇");

    private DemoWuwei() {
    }

    /** Writes both folders under {@code demo} (emptied first); returns one line per area. */
    static List<String> generate(Path demo, Path cityRegister) throws IOException {
        Template v2021 = Catalog.fromClasspath().templateFor(YEAR).orElseThrow();
        return List.of(county(demo.resolve(COUNTY), v2021), city(demo.resolve(CITY), v2021, cityRegister));
    }

    private static String county(Path folder, Template template) throws IOException {
        List<Unit> units = new ArrayList<>();
        units.add(unit("620621000", "民勤县人民政府", UnitType.GOVERNMENT, "县政府"));
        units.add(unit("620621D01", "县财政局", UnitType.DEPARTMENT, "民勤县财政局"));
        units.add(unit("620621D02", "县教育局", UnitType.DEPARTMENT, "民勤县教育局"));
        units.add(unit("620621D03", "县民政局", UnitType.DEPARTMENT, "民勤县民政局"));
        for (int i = 0; i < TOWNS.size(); i++) {
            units.add(unit(String.valueOf(620621100 + i), TOWNS.get(i), UnitType.TOWNSHIP, COUNTY + TOWNS.get(i)));
        }
        DemoYear year = fresh(folder, units, template);
        List<DemoFile> files = year.ordinaryFilesExcept(List.of(SILENT_TOWN));
        write(folder, files);
        return folder + "：" + files.size() + " 个文件，" + SILENT_TOWN + "未报送";
    }

    private static String city(Path folder, Template template, Path register) throws IOException {
        List<Unit> units = new ArrayList<>(RegisterCsv.read(register));
        units.add(unit("620600D01", "市财政局", UnitType.DEPARTMENT, "武威市财政局"));
        units.add(unit("620600D02", "市教育局", UnitType.DEPARTMENT, "武威市教育局"));
        DemoYear year = fresh(folder, units, template);
        List<DemoFile> files = new ArrayList<>();
        for (String own : List.of("武威市人民政府", "市财政局", "市教育局")) {
            files.add(year.file(year.fileName(own), LongCsvLayout.standard(), "", year.submission(own)));
        }
        Map<String, BigDecimal> gulang = countyFigures(template, "古浪县", GULANG_UNITS);
        files.add(new DemoFile(YEAR + "/古浪县_2024.xlsx", OfficialFormLayout.filledTemplate(template, "古浪县", "region",
                YEAR, year.submission("古浪县", gulang).rows()), List.of("古浪县"), gulang.size(), "手工填写的官方表格"));
        files.add(year.file(year.fileName("天祝县"), LongCsvLayout.standard(), "长表，单位写作别名“天祝县”",
                year.submission("天祝藏族自治县", countyFigures(template, "天祝藏族自治县", TIANZHU_UNITS)).unitWrittenAs("天祝县")));
        write(folder, files);
        return folder + "：" + files.size() + " 个文件（凉州区、民勤县的汇总表由演练时复制进来）";
    }

    /**
     * A county's whole-area figures, as its own roll-up would give them: the sum of {@code units} unit-sized
     * submissions, each consistent on its own, so that the sum obeys every rule (all are linear) and its proportions
     * are a county's own rather than a scaled copy of another's. 古浪县 (about 300,000 people) and 天祝县 (about
     * 170,000) have fewer reporting units than 凉州区 (about 1,000,000, 63 units) and more than the demo's 民勤县 (21).
     */
    static Map<String, BigDecimal> countyFigures(Template template, String county, int units) {
        Map<String, BigDecimal> sum = new LinkedHashMap<>();
        for (int unit = 1; unit <= units; unit++) {
            ConsistentFigures.generate(template, new Random((county + "/" + unit + "/" + YEAR).hashCode()), Scale.SMALL)
                    .forEach((code, value) -> sum.merge(code, value, BigDecimal::add));
        }
        return sum;
    }

    private static DemoYear fresh(Path folder, List<Unit> units, Template template) throws IOException {
        Folders.deleteRecursively(folder.resolve(String.valueOf(YEAR)));
        Files.createDirectories(folder);
        RegisterCsv.write(folder.resolve("units.csv"), units);
        return new DemoYear(YEAR, template, units);
    }

    private static void write(Path folder, List<DemoFile> files) throws IOException {
        for (DemoFile file : files) {
            Path target = folder.resolve(file.path());
            Files.createDirectories(target.getParent());
            Files.write(target, file.content());
        }
    }

    private static Unit unit(String code, String name, UnitType type, String alias) {
        return new Unit(code, name, type, List.of(alias), null, null);
    }
}
