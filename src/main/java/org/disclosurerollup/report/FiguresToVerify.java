package org.disclosurerollup.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disclosurerollup.catalog.Template;

/**
 * Finds the unit figures a person should check before the report is published, on the main figures marked
 * {@code verify} in {@code report-figures.csv} (新收申请, 行政复议, 行政诉讼, 制发规范性文件, 行政许可决定, 行政处罚决定;
 * V2014: 主动公开政府信息 instead of the last two):
 * <ol>
 *   <li>a sharp change on the same unit's last year: this year over last year above {@value #SHARP_RISE} or below
 *       {@code 0.2}, and a change of at least {@value #MIN_DIFFERENCE} (a figure whose cells do not compare across a
 *       change of template is not compared, nor one with a cell not submitted in either year);</li>
 *   <li>a unit far above the others of its type: above Q3 + {@value #FENCE_IQRS}×IQR of that type's values (quartiles
 *       interpolated linearly, as Excel's QUARTILE.INC), and at least {@value #MIN_DIFFERENCE} above Q3, among at least
 *       {@value #MIN_UNITS_OF_A_TYPE} units of the type that submitted every cell of the figure.</li>
 * </ol>
 * The units come one at a time; only the main figures of each are kept (last year's by unit code, this year's by type).
 */
public final class FiguresToVerify {

    static final int SHARP_RISE = 5;
    static final BigDecimal SHARP_FALL = new BigDecimal("0.2");
    static final int MIN_DIFFERENCE = 10;
    static final int FENCE_IQRS = 3;
    static final int MIN_UNITS_OF_A_TYPE = 5;

    private static final class Domain {
        static final ReportDomain REPORT = ReportDomain.fromClasspath();
    }

    private final List<Figure> watched;
    private final List<Boolean> comparable;

    /** @param lastYearTemplate the template of last year's run, when there is one */
    public FiguresToVerify(Template template, Optional<Template> lastYearTemplate) {
        this(Domain.REPORT.figures(template), lastYearTemplate);
    }

    FiguresToVerify(Figures figures, Optional<Template> lastYearTemplate) {
        this.watched = figures.watched();
        this.comparable = watched.stream().map(figure -> lastYearTemplate.filter(last -> figure.cells().stream()
                .allMatch(cell -> ReportFigures.compares(cell, last))).isPresent()).toList();
    }

    /** The figures watched, as the appendix names them: {@code 新收申请（A01@TT）}. */
    public List<String> watchedFigures() {
        return watched.stream().map(Figure::label).toList();
    }

    /**
     * @param thisYear the units counted this year, each once
     * @param lastYear the units counted in last year's run (empty when there is none)
     * @return sharp changes (by figure, in the order of the units), then units far above their type (by figure, highest
     *         first)
     */
    public List<VerifyLine> lines(Iterable<UnitValues> thisYear, Iterable<UnitValues> lastYear) {
        return flags(thisYear, lastYear).stream().map(Flag::line).toList();
    }

    /**
     * A line of the appendix with the unit it is about, why it is there and the code(s) of its figure
     * ({@code A01@TT}, or {@code P03@N+P04@N} for a figure made of several cells).
     */
    public record Flag(String unitCode, String reason, String code, VerifyLine line) {

        public static final String SHARP_CHANGE = "sharp-change";
        public static final String FAR_ABOVE_TYPE = "far-above-type";
    }

    /** As {@link #lines}, each with its unit's code and reason ({@link Flag#SHARP_CHANGE}, {@link Flag#FAR_ABOVE_TYPE}). */
    public List<Flag> flags(Iterable<UnitValues> thisYear, Iterable<UnitValues> lastYear) {
        Map<String, BigDecimal[]> before = new HashMap<>();
        for (UnitValues unit : lastYear) {
            before.put(unit.unitCode(), mainFigures(unit));
        }
        List<List<Flag>> sharp = perFigure();
        Map<String, List<Kept>> byType = new LinkedHashMap<>();
        for (UnitValues unit : thisYear) {
            BigDecimal[] now = mainFigures(unit);
            BigDecimal[] then = before.get(unit.unitCode());
            for (int i = 0; i < watched.size(); i++) {
                if (then != null && then[i] != null && now[i] != null && comparable.get(i)
                        && sharpChange(now[i], then[i])) {
                    sharp.get(i).add(new Flag(unit.unitCode(), Flag.SHARP_CHANGE, codeOf(watched.get(i)),
                            sharpLine(unit.unitName(), watched.get(i), now[i], then[i])));
                }
            }
            byType.computeIfAbsent(unit.unitType(), type -> new ArrayList<>())
                    .add(new Kept(unit.unitCode(), unit.unitName(), now));
        }
        List<Flag> lines = new ArrayList<>();
        sharp.forEach(lines::addAll);
        for (int i = 0; i < watched.size(); i++) {
            for (Map.Entry<String, List<Kept>> type : byType.entrySet()) {
                lines.addAll(farAbove(i, type.getKey(), type.getValue()));
            }
        }
        return lines;
    }

    private static String codeOf(Figure figure) {
        return String.join("+", figure.codes());
    }

    static boolean sharpChange(BigDecimal now, BigDecimal then) {
        if (now.subtract(then).abs().compareTo(BigDecimal.valueOf(MIN_DIFFERENCE)) < 0) {
            return false;
        }
        return now.compareTo(then.multiply(BigDecimal.valueOf(SHARP_RISE))) > 0
                || now.compareTo(then.multiply(SHARP_FALL)) < 0;
    }

    private List<Flag> farAbove(int figure, String type, List<Kept> all) {
        List<Kept> units = all.stream().filter(unit -> unit.values()[figure] != null).toList();
        if (units.size() < MIN_UNITS_OF_A_TYPE) {
            return List.of();
        }
        List<BigDecimal> sorted = units.stream().map(unit -> unit.values()[figure]).sorted().toList();
        BigDecimal q1 = quartile(sorted, 1);
        BigDecimal q3 = quartile(sorted, 3);
        BigDecimal iqr = q3.subtract(q1);
        BigDecimal fence = q3.add(iqr.multiply(BigDecimal.valueOf(FENCE_IQRS)));
        String reference = "同类（" + type + "，" + units.size() + "个）上四分位数" + plain(q3) + "，四分位距" + plain(iqr)
                + "，上限" + plain(fence);
        return units.stream()
                .filter(unit -> unit.values()[figure].compareTo(fence) > 0
                        && unit.values()[figure].subtract(q3).compareTo(BigDecimal.valueOf(MIN_DIFFERENCE)) >= 0)
                .sorted(Comparator.comparing((Kept unit) -> unit.values()[figure]).reversed())
                .map(unit -> new Flag(unit.code(), Flag.FAR_ABOVE_TYPE, codeOf(watched.get(figure)), new VerifyLine(unit.name(),
                        watched.get(figure).label(), plain(unit.values()[figure]), reference,
                        "远高于同类单位：请核对是否把全区、本级或多个单位的数字填成了本单位的，是否重复计数或填错栏目")))
                .toList();
    }

    /** The k-th quartile of sorted values, interpolated linearly between the closest ranks (QUARTILE.INC). */
    static BigDecimal quartile(List<BigDecimal> sorted, int k) {
        BigDecimal position = BigDecimal.valueOf((long) (sorted.size() - 1) * k).divide(BigDecimal.valueOf(4));
        int below = position.intValue();
        BigDecimal fraction = position.subtract(BigDecimal.valueOf(below));
        BigDecimal low = sorted.get(below);
        if (fraction.signum() == 0) {
            return low;
        }
        return low.add(sorted.get(below + 1).subtract(low).multiply(fraction));
    }

    private static VerifyLine sharpLine(String unit, Figure figure, BigDecimal now, BigDecimal then) {
        BigDecimal change = now.subtract(then);
        String what;
        if (then.signum() == 0) {
            what = "上年为0，本年" + plain(now) + "：请核对是否多填、重复计数或填错栏目";
        } else if (change.signum() > 0) {
            what = "本年是上年的" + now.divide(then, 1, RoundingMode.HALF_UP).toPlainString() + "倍（增加" + plain(change)
                    + "）：请核对是否多填、重复计数或填错栏目";
        } else {
            what = "本年只有上年的" + now.multiply(BigDecimal.valueOf(100)).divide(then, 1, RoundingMode.HALF_UP)
                    .toPlainString() + "%（减少" + plain(change.negate()) + "）：请核对是否漏填或填错栏目";
        }
        return new VerifyLine(unit, figure.label(), plain(now), "上年" + plain(then), what);
    }

    /** A unit's main figures, null for one with a cell the unit did not submit. */
    private BigDecimal[] mainFigures(UnitValues unit) {
        return watched.stream().map(figure -> unit.sum(figure).orElse(null)).toArray(BigDecimal[]::new);
    }

    private List<List<Flag>> perFigure() {
        List<List<Flag>> lists = new ArrayList<>();
        watched.forEach(figure -> lists.add(new ArrayList<>()));
        return lists;
    }

    private static String plain(BigDecimal count) {
        return Wording.number(count, false);
    }

    /** A unit's main figures this year, in the order of {@link #watched} (null: not submitted). */
    private record Kept(String code, String name, BigDecimal[] values) {
    }
}
