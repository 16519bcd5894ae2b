package org.disclosurerollup.lastyear;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * This year's 全区 figures against last year's, for the cells the two templates truly share (the 同比 sheet), and
 * which run of last year they come from.
 *
 * @param lastYear empty when the database held no completed run of last year: then nothing was compared
 * @param note     what a change of template means for the comparison; empty when the template is the same
 */
public record YearOnYear(int year, Optional<LastYearRun> lastYear, String note, List<Line> lines) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    public YearOnYear {
        lines = List.copyOf(lines);
    }

    /** Nothing compared: the database held no completed run of last year. */
    public static YearOnYear none(int year) {
        return new YearOnYear(year, Optional.empty(), "", List.of());
    }

    public boolean compared() {
        return lastYear.isPresent();
    }

    /**
     * The line of the run facts: what this year was checked and compared with, or that it could not be.
     *
     * @param wholeArea 全区, 全县, 全市 …
     */
    public String runFact(String wholeArea) {
        return lastYear.map(last -> "已与" + last.year() + "年的汇总（运行编号 " + last.runId() + "）核对上年结转、"
                        + "比较" + wholeArea + "数，见“同比”工作表")
                .orElse("数据库中没有上年（" + (year - 1) + "年）已完成的汇总，未做跨年度核对");
    }

    /** {@code 2024年全区数与2023年的比较（2023年的汇总：运行编号 5，完成于 2024-01-20 10:00:00）}. */
    public String title(String wholeArea) {
        return lastYear.map(last -> year + "年" + wholeArea + "数与" + last.year() + "年的比较（" + last.year() + "年的汇总：运行编号 "
                + last.runId() + (last.completedAt() == null ? "" : "，完成于 " + TIME.format(last.completedAt()))
                + "）").orElse("");
    }

    /**
     * One compared figure. Amounts (万元) are rounded to two places before they are compared, as they are shown.
     *
     * @param note empty for the same cell in both years; {@code 口径近似，仅供参考：…} for an approximate match
     */
    public record Line(String table, String row, String column, String code, BigDecimal thisYear, BigDecimal lastYear,
                       boolean amount, String note) {

        public BigDecimal change() {
            return thisYear.subtract(lastYear);
        }

        /** The change as a fraction of last year's figure, to a tenth of a percent; empty when last year's is 0. */
        public Optional<BigDecimal> ratio() {
            if (lastYear.signum() == 0) {
                return Optional.empty();
            }
            return Optional.of(change().divide(lastYear, 3, RoundingMode.HALF_UP));
        }
    }
}
