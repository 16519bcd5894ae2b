package org.disclosurerollup.lastyear;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disclosurerollup.catalog.Catalog;
import org.disclosurerollup.catalog.Template;
import org.disclosurerollup.consolidation.TotalsRepository;
import org.disclosurerollup.intake.RunRepository;
import org.disclosurerollup.submission.CellValue;
import org.springframework.stereotype.Component;

/** Builds the {@link YearOnYear} of a run from the 全区 totals of the run and of the run of last year it was compared with. */
@Component
public final class YearOnYearComparison {

    /** The 全区 scope of {@code scopes.csv}. */
    static final String WHOLE_DISTRICT = "all";
    private static final int AMOUNT_SCALE = 2;

    private final RunRepository runs;
    private final TotalsRepository totals;
    private final Catalog catalog;
    private final Crosswalk crosswalk;

    public YearOnYearComparison(RunRepository runs, TotalsRepository totals, Catalog catalog) {
        this.runs = runs;
        this.totals = totals;
        this.catalog = catalog;
        this.crosswalk = Crosswalk.fromClasspath();
    }

    public YearOnYear of(long runId, int year, Template template) {
        Optional<LastYearRun> lastYear = new LastYearRuns(runs).comparedWith(runId);
        Optional<Template> lastTemplate = lastYear.flatMap(last -> catalog.template(last.template()));
        if (lastTemplate.isEmpty()) {
            return YearOnYear.none(year);
        }
        Map<String, BigDecimal> now = totals(runId);
        Map<String, BigDecimal> before = totals(lastYear.get().runId());
        List<Pairing> pairings = ComparableCells.between(lastTemplate.get(), template, crosswalk);
        List<YearOnYear.Line> lines = pairings.stream()
                .filter(pairing -> now.keySet().containsAll(pairing.thisYearCodes())
                        && before.keySet().containsAll(pairing.lastYearCodes()))
                .map(pairing -> new YearOnYear.Line(pairing.table(), pairing.row(), pairing.column(), pairing.code(),
                        sum(now, pairing.thisYearCodes(), pairing.amount()),
                        sum(before, pairing.lastYearCodes(), pairing.amount()), pairing.amount(), pairing.note()))
                .toList();
        return new YearOnYear(year, lastYear, note(lastTemplate.get(), template, pairings), lines);
    }

    private static String note(Template last, Template current, List<Pairing> pairings) {
        if (last.id().equals(current.id())) {
            return "";
        }
        String note = "上年用" + last.id() + "格式，本年用" + current.id() + "格式：只比较两种格式中代码和行列名称都相同的指标";
        return pairings.stream().anyMatch(pairing -> !pairing.note().isEmpty())
                ? note + "，以及口径相近的指标（标有“" + ComparableCells.APPROXIMATE + "”，不能直接相比）" : note;
    }

    private Map<String, BigDecimal> totals(long runId) {
        return totals.of(runId, WHOLE_DISTRICT);
    }

    private static BigDecimal sum(Map<String, BigDecimal> totals, List<String> codes, boolean amount) {
        BigDecimal sum = codes.stream().map(totals::get).reduce(BigDecimal.ZERO, BigDecimal::add);
        return amount ? sum.setScale(AMOUNT_SCALE, RoundingMode.HALF_UP) : CellValue.plain(sum);
    }
}
