package org.disclosurerollup.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which figures of 2021 (V2021) compare with 2020 (V2019): those whose cells kept their code and labels. */
class ReportFiguresTest {

    private static final ReportFigures FIGURES = new ReportFigures(
            ReportDomain.fromClasspath().figures(ReportFixtures.V2021),
            new YearTotals(2021, ReportFixtures.V2021, ReportFixtures.totals2024()),
            Optional.of(new YearTotals(2020, ReportFixtures.V2019, ReportFixtures.totals2019())));

    @Test
    void applicationsAndTheirResultsCompare() {
        assertThat(FIGURES.change(FIGURES.figure("新收申请"))).map(Wording.Change::clause)
                .hasValue("，较上年增加68件（增长123.6%）");
        assertThat(FIGURES.change(FIGURES.figure("不予公开"))).map(Wording.Change::bracketed)
                .hasValue("（较上年增加2件，增长200.0%）");
        assertThat(FIGURES.change(FIGURES.figure("行政复议"))).isPresent();
    }

    @Test
    void figuresWhoseCellsChangedDoNot() {
        assertThat(FIGURES.change(FIGURES.figure("其他处理"))).isEmpty();
        assertThat(FIGURES.change(FIGURES.figure("制发规范性文件"))).isEmpty();
        assertThat(FIGURES.change(FIGURES.figure("P03@N"))).isEmpty();
    }
}
