package org.disclosurerollup.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.disclosurerollup.report.ReportDomain.ChartLine;

/**
 * The figures of one chart of {@code report-charts.csv}: {@code results} (this year's applications by result, one bar
 * per category) and {@code history} (the figures of every year handed in, this one included, a bar per figure).
 * A chart with nothing to show (all zero, or fewer than two years) is left out.
 */
final class ReportChart {

    static final String RESULTS = "results";
    static final String HISTORY = "history";

    private final ReportDomain domain;
    private final ReportCharts charts;
    private final ReportInput input;
    private final ReportFigures figures;

    ReportChart(ReportDomain domain, ReportCharts charts, ReportInput input, ReportFigures figures) {
        this.domain = domain;
        this.charts = charts;
        this.input = input;
        this.figures = figures;
    }

    void draw(String id) {
        ChartLine chart = domain.chart(input.template(), id).orElseThrow(() -> new IllegalStateException(
                "domain/report-charts.csv 中没有 " + input.template().id() + " 的图表 " + id));
        String title = chart.title().replace("{year}", String.valueOf(input.year()));
        switch (id) {
            case RESULTS -> results(chart, title);
            case HISTORY -> history(chart, title);
            default -> throw new IllegalStateException("domain/report-charts.csv：图表 " + id + " 无法识别，可用 "
                    + RESULTS + "、" + HISTORY);
        }
    }

    private void results(ChartLine chart, String title) {
        List<String> names = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        for (String name : chart.figures()) {
            Figure figure = figures.figure(name);
            names.add(figure.name().equals(String.join("+", figure.codes()))
                    ? Phrases.shortLabel(figure.cells().get(0).rowLabel()) : figure.name());
            values.add(figures.value(figure));
        }
        if (values.stream().anyMatch(value -> value.signum() != 0)) {
            charts.bars(title, names, List.of(title), List.of(values));
        }
    }

    private void history(ChartLine chart, String title) {
        Map<Integer, YearTotals> years = new TreeMap<>();
        input.history().forEach(year -> years.put(year.year(), year));
        input.lastYear().ifPresent(last -> years.put(last.year(), last));
        years.put(input.year(), input.thisYear());
        if (years.size() < 2) {
            return;
        }
        List<String> labels = years.keySet().stream().map(year -> year + "年").toList();
        List<List<BigDecimal>> values = new ArrayList<>();
        for (String name : chart.figures()) {
            values.add(years.values().stream().map(year -> value(year, name)).toList());
        }
        charts.bars(title, labels, chart.figures(), values);
        boolean templatesDiffer = years.values().stream().map(year -> year.template().id()).distinct().count() > 1;
        if (templatesDiffer && !chart.note().isEmpty()) {
            charts.note(chart.note());
        }
    }

    /** A figure of another year, by that year's template (the same name may sum other cells there). */
    private BigDecimal value(YearTotals year, String name) {
        Figure figure = domain.figures(year.template()).get(name);
        BigDecimal sum = figure.codes().stream().map(year::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Wording.shown(sum, figure.amount());
    }
}
