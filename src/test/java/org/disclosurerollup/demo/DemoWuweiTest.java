package org.disclosurerollup.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.disclosurerollup.catalog.Catalog;
import org.disclosurerollup.catalog.Rule;
import org.disclosurerollup.catalog.Template;
import org.junit.jupiter.api.Test;

/**
 * The hand-made whole-county tables of 古浪县 and 天祝县 in the city demo: a county's figures (below 凉州区's demo result,
 * whose largest count is 6965 and 新收申请 605; above 民勤县's, 208), obeying every rule, each county with proportions
 * of its own.
 */
class DemoWuweiTest {

    private static final Template V2021 = Catalog.fromClasspath().templateFor(DemoWuwei.YEAR).orElseThrow();
    private static final Map<String, BigDecimal> GULANG = DemoWuwei.countyFigures(V2021, "古浪县",
            DemoWuwei.GULANG_UNITS);
    private static final Map<String, BigDecimal> TIANZHU = DemoWuwei.countyFigures(V2021, "天祝藏族自治县",
            DemoWuwei.TIANZHU_UNITS);
    private static final List<String> MAIN = List.of("A01@TT", "R1@TOT", "R3@TOT", "P02@M", "P03@N", "P04@N",
            "P06@AMT");

    @Test
    void eachCountyHasACountysFigures() {
        assertThat(MAIN.stream().map(code -> GULANG.get(code).toPlainString()))
                .containsExactly("364", "42", "49", "36", "3826", "4065", "112.24");
        assertThat(MAIN.stream().map(code -> TIANZHU.get(code).toPlainString()))
                .containsExactly("274", "44", "32", "28", "3153", "3755", "163.10");
        assertThat(GULANG.values()).allMatch(value -> value.compareTo(BigDecimal.valueOf(6965)) < 0);
        assertThat(TIANZHU.values()).allMatch(value -> value.compareTo(BigDecimal.valueOf(6965)) < 0);
    }

    @Test
    void eachCountyObeysEveryRule() {
        for (Map<String, BigDecimal> county : List.of(GULANG, TIANZHU)) {
            assertThat(county).hasSize(V2021.valueCells().size());
            for (Rule rule : V2021.rules()) {
                assertThat(rule.evaluate(county::get).holds()).as(rule.id()).isTrue();
            }
        }
    }

    @Test
    void theCountiesAreNotScaledCopiesOfEachOther() {
        assertThat(MAIN.stream().map(code -> ratio(GULANG.get(code), TIANZHU.get(code))).distinct()).hasSize(MAIN.size());
    }

    private static BigDecimal ratio(BigDecimal a, BigDecimal b) {
        return b.signum() == 0 ? BigDecimal.ZERO : a.divide(b, 3, RoundingMode.HALF_UP);
    }
}
