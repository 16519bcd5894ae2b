package org.disclosurerollup.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurerollup.catalog.Template;
import org.disclosurerollup.report.ReportDomain.OutlineLine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The report's data files against the catalog: every figure, placeholder, table and chart they name exists. */
class ReportDomainTest {

    private static final ReportDomain DOMAIN = ReportDomain.fromClasspath();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}|]+)(?:\\|([a-z-]+))?}");
    private static final List<String> VARIABLES = List.of("area", "year", "whole", "sources", "parts", "comparison", "gaps");

    @ParameterizedTest
    @ValueSource(strings = {"V2014", "V2019", "V2021"})
    void everyPlaceholderNamesAVariableOrAFigureOfTheFormat(String id) {
        Template template = ReportFixtures.CATALOG.template(id).orElseThrow();
        Figures figures = DOMAIN.figures(template);
        for (OutlineLine line : DOMAIN.outline(template)) {
            Matcher placeholder = PLACEHOLDER.matcher(line.text());
            while (placeholder.find()) {
                String name = placeholder.group(1);
                if (placeholder.group(2) == null && VARIABLES.contains(name)) {
                    continue;
                }
                assertThat(figures.find(name)).as("%s: {%s}", id, name).isPresent();
            }
            if (!line.when().isEmpty()) {
                assertThat(figures.find(line.when())).as("%s when %s", id, line.when()).isPresent();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"V2014", "V2019", "V2021"})
    void everyTableOfTheFormatIsPrintedAndEveryChartIsDefined(String id) {
        Template template = ReportFixtures.CATALOG.template(id).orElseThrow();
        List<String> printed = DOMAIN.outline(template).stream()
                .filter(line -> line.kind() == OutlineKind.TABLE || line.kind() == OutlineKind.ATTACHED_TABLE)
                .map(OutlineLine::text).toList();
        assertThat(printed).containsExactlyElementsOf(template.tables().stream().map(t -> t.table()).toList());
        DOMAIN.outline(template).stream().filter(line -> line.kind() == OutlineKind.CHART).forEach(line -> {
            Optional<ReportDomain.ChartLine> chart = DOMAIN.chart(template, line.text());
            assertThat(chart).as(line.text()).isPresent();
            if (line.text().equals(ReportChart.RESULTS)) {
                chart.get().figures().forEach(figure -> assertThat(DOMAIN.figures(template).find(figure)).isPresent());
            }
        });
    }

    /** The chart of the last years sums a figure by each year's own format. */
    @ParameterizedTest
    @ValueSource(strings = {"V2014", "V2019", "V2021"})
    void theFiguresOfTheLastYearsExistInEveryFormat(String id) {
        Template template = ReportFixtures.CATALOG.template(id).orElseThrow();
        for (String figure : DOMAIN.chart(template, ReportChart.HISTORY).orElseThrow().figures()) {
            for (Template other : ReportFixtures.CATALOG.templates()) {
                assertThat(DOMAIN.figures(other).find(figure)).as("%s in %s", figure, other.id()).isPresent();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"V2014", "V2019", "V2021"})
    void everyNamedFigureSumsValueCellsOfItsFormat(String id) {
        Template template = ReportFixtures.CATALOG.template(id).orElseThrow();
        assertThatCode(() -> DOMAIN.figures(template)).doesNotThrowAnyException();
    }
}
