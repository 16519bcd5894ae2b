package org.disclosurerollup.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleTest {

    private final RuleParser parser = new RuleParser(Set.of("A", "B", "C", "T"));

    private Rule parse(String expression) {
        return parser.parse("V", "R1", Severity.ERROR, "all", expression, "msg");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "T = A + B; 5; 2; 3; true",
        "T = A + B; 5; 2; 2; false",
        "A <= T; 5; 5; 0; true",
        "A <= T; 5; 6; 0; false",
        "T >= A + B + 1; 6; 2; 3; true",
        "T >= A + B + 1; 5; 2; 3; false",
        "A + B <= 0; 0; 0; 0; true",
        "A<=1000; 0; 1000.5; 0; false"})
    void evaluatesLinearComparisons(String expression, String t, String a, String b, boolean holds) {
        Map<String, BigDecimal> values = Map.of("T", new BigDecimal(t), "A", new BigDecimal(a), "B", new BigDecimal(b));
        Rule.Outcome outcome = parse(expression).evaluate(code -> values.getOrDefault(code, BigDecimal.ZERO));
        assertThat(outcome.holds()).isEqualTo(holds);
    }

    @Test
    void reportsBothSidesAndTheDifference() {
        Rule.Outcome outcome = parse("T = A + B").evaluate(Map.of("T", new BigDecimal("2"), "A", BigDecimal.ONE,
                "B", new BigDecimal("2"))::get);
        assertThat(outcome.left()).isEqualByComparingTo("2");
        assertThat(outcome.right()).isEqualByComparingTo("3");
        assertThat(outcome.difference()).isEqualByComparingTo("-1");
    }

    @Test
    void aTotalIsDefinedOnlyByAnErrorEqualityOverSeveralParts() {
        assertThat(parse("T = A + B").definedTotal()).hasValue("T");
        assertThat(parse("T = A").definedTotal()).isEmpty();
        assertThat(parse("A <= T").definedTotal()).isEmpty();
        assertThat(parser.parse("V", "W", Severity.WARN, "all", "T = A + B", "m").definedTotal()).isEmpty();
    }

    @Test
    void appliesToAllUnitsOrOneType() {
        assertThat(parse("T = A + B").appliesTo("township")).isTrue();
        Rule townships = parser.parse("V", "R", Severity.WARN, "township", "A <= 1000", "m");
        assertThat(townships.appliesTo("township")).isTrue();
        assertThat(townships.appliesTo("department")).isFalse();
    }

    @Test
    void rejectsUnknownCodesAndMissingOperators() {
        assertThatThrownBy(() -> parse("T = A + X")).isInstanceOf(CatalogException.class).hasMessageContaining("“X”");
        assertThatThrownBy(() -> parse("T + A")).isInstanceOf(CatalogException.class).hasMessageContaining("比较符");
        assertThatThrownBy(() -> parse("T = A = B")).isInstanceOf(CatalogException.class).hasMessageContaining("多个");
    }

    @Test
    void parsesEveryRuleOfTheShippedData() {
        Catalog catalog = Catalog.fromClasspath();
        Rule aId = catalog.template("V2021").orElseThrow().rules().get(0);
        assertThat(aId.id()).isEqualTo("A-ID-NP");
        assertThat(aId.expression()).isEqualTo("A01@NP + A02@NP = A03_7@NP + A04@NP");
        assertThat(aId.definedTotal()).isEmpty();
        Rule aSum = catalog.template("V2021").orElseThrow().rules().stream().filter(r -> r.id().equals("A-SUM-TT"))
                .findFirst().orElseThrow();
        assertThat(aSum.definedTotal()).hasValue("A03_7@TT");
        assertThat(aSum.right().codes()).hasSize(21);
    }
}
