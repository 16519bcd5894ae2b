package org.disclosurerollup.report;

import java.math.BigDecimal;
import java.util.Optional;
import org.disclosurerollup.catalog.CatalogCell;
import org.disclosurerollup.catalog.Template;
import org.disclosurerollup.lastyear.ComparableCells;

/**
 * This year's figures as the report shows them, all from the one map of totals the tables show, and last year's figure
 * when the two years' cells compare.
 *
 * <p>A cell compares when last year's template has its code with the same row and column labels (every cell when the
 * template is the same): the exact matches of {@link ComparableCells}. Its approximate matches across
 * templates (V2014 → V2019, {@code crosswalk.csv}) are not stated in the report.
 */
final class ReportFigures {

    private final Figures figures;
    private final YearTotals thisYear;
    private final Optional<YearTotals> lastYear;

    ReportFigures(Figures figures, YearTotals thisYear, Optional<YearTotals> lastYear) {
        this.figures = figures;
        this.thisYear = thisYear;
        this.lastYear = lastYear;
    }

    Figures figures() {
        return figures;
    }

    Figure figure(String nameOrCode) {
        return figures.get(nameOrCode);
    }

    /** The figure as shown: the exact sum of its cells, 万元 rounded once. */
    BigDecimal value(Figure figure) {
        return sum(thisYear, figure);
    }

    BigDecimal cellValue(CatalogCell cell) {
        return Wording.shown(thisYear.total(cell.code()), cell.isAmount());
    }

    /** This year's figure against last year's, when last year exists and every cell of the figure compares. */
    Optional<Wording.Change> change(Figure figure) {
        return lastYear.filter(last -> figure.cells().stream().allMatch(cell -> compares(cell, last.template())))
                .map(last -> new Wording.Change(value(figure), sum(last, figure), figure.amount(), figure.unit()));
    }

    static boolean compares(CatalogCell cell, Template lastTemplate) {
        return ComparableCells.sameCellIn(lastTemplate, cell);
    }

    private static BigDecimal sum(YearTotals year, Figure figure) {
        BigDecimal sum = figure.codes().stream().map(year::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Wording.shown(sum, figure.amount());
    }
}
