package org.disclosurerollup.demo;

import static org.disclosurerollup.demo.LongCsvLayout.standard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.disclosurerollup.catalog.CatalogCell;

/**
 * The shipped 2023 input (V2021), the year before 2024: every unit's 结转下年度 (A04) is what its 2024 table carries in
 * as 上年结转 (A02), so that summing 2023 and then 2024 shows the 同比 sheet and only the two cross-year warnings planted
 * here: 长城镇 carried one request too many, and 金河镇's 2024 table is its 2023 table sent again.
 */
final class Demo2023 {

    static final int YEAR = 2023;
    private static final String CARRIED_IN = "A02";
    private static final String CARRIED_OUT = "A04";
    private static final String NEW_REQUESTS = "A01";
    private static final String TOTAL_COLUMN = "TT";

    private Demo2023() {
    }

    static List<DemoFile> files(DemoYear year, DemoYear next) {
        List<DemoFile> files = new ArrayList<>();
        files.add(year.file(year.fileName("金河镇"), standard(), "与 2024 年的表完全相同：2024 年汇总时提示“与上年相同”",
                year.submission("金河镇", next.figures("金河镇"))));
        Map<String, BigDecimal> changCheng = carriedInto(year, next, "长城镇");
        changCheng.merge(CARRIED_OUT + "@NP", BigDecimal.ONE, BigDecimal::add);
        changCheng.merge(NEW_REQUESTS + "@NP", BigDecimal.ONE, BigDecimal::add);
        totalColumn(year, changCheng);
        files.add(year.file(year.fileName("长城镇"), standard(),
                "结转下年度（自然人）比 2024 年表中的上年结转多 1：2024 年汇总时提示", year.submission("长城镇", changCheng)));
        List<String> leftOut = files.stream().flatMap(f -> f.units().stream()).toList();
        year.expected().stream().map(unit -> unit.name()).filter(name -> !leftOut.contains(name))
                .forEach(name -> files.add(year.file(year.fileName(name), standard(), "",
                        year.submission(name, carriedInto(year, next, name)))));
        return files;
    }

    /**
     * The unit's figures for the year, with 结转下年度 set to what next year's figures carry in, column by column; the
     * identity 本年新收 + 上年结转 = 办理结果总计 + 结转下年度 is kept by solving 本年新收 (lowering 上年结转 when it would be
     * negative), and the 总计 column is summed again.
     */
    private static Map<String, BigDecimal> carriedInto(DemoYear year, DemoYear next, String unit) {
        Map<String, BigDecimal> figures = year.figures(unit);
        if (next.expected().stream().noneMatch(expected -> expected.name().equals(unit))) {
            return figures;
        }
        Map<String, BigDecimal> nextYear = next.figures(unit);
        for (CatalogCell cell : year.template().valueCells()) {
            if (!cell.rowCode().equals(CARRIED_OUT) || cell.colCode().equals(TOTAL_COLUMN)) {
                continue;
            }
            String column = cell.colCode();
            BigDecimal carriedOut = nextYear.get(CARRIED_IN + "@" + column);
            figures.put(cell.code(), carriedOut);
            BigDecimal newRequests = figures.get("A03_7@" + column).add(carriedOut)
                    .subtract(figures.get(CARRIED_IN + "@" + column));
            if (newRequests.signum() < 0) {
                figures.merge(CARRIED_IN + "@" + column, newRequests, BigDecimal::add);
                newRequests = BigDecimal.ZERO;
            }
            figures.put(NEW_REQUESTS + "@" + column, newRequests);
        }
        totalColumn(year, figures);
        return figures;
    }

    /** 总计 of the three rows this class changes, as the sum of the applicant columns. */
    private static void totalColumn(DemoYear year, Map<String, BigDecimal> figures) {
        for (String row : List.of(NEW_REQUESTS, CARRIED_IN, CARRIED_OUT)) {
            BigDecimal total = year.template().valueCells().stream()
                    .filter(cell -> cell.rowCode().equals(row) && !cell.colCode().equals(TOTAL_COLUMN))
                    .map(cell -> figures.get(cell.code())).reduce(BigDecimal.ZERO, BigDecimal::add);
            figures.put(row + "@" + TOTAL_COLUMN, total);
        }
    }
}
