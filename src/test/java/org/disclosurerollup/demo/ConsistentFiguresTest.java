package org.disclosurerollup.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.disclosurerollup.catalog.Catalog;
import org.disclosurerollup.catalog.CatalogCell;
import org.disclosurerollup.catalog.CellType;
import org.disclosurerollup.catalog.Rule;
import org.disclosurerollup.catalog.Severity;
import org.disclosurerollup.catalog.Template;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConsistentFiguresTest {

    private static final Catalog CATALOG = Catalog.fromClasspath();
    private static final int SEEDS = 200;

    @ParameterizedTest
    @CsvSource({"V2014,SMALL", "V2014,CITY", "V2019,SMALL", "V2019,CITY", "V2021,SMALL", "V2021,CITY"})
    void everyErrorRuleHoldsForEverySeed(String templateId, Scale scale) {
        Template template = CATALOG.template(templateId).orElseThrow();
        for (long seed = 0; seed < SEEDS; seed++) {
            Map<String, BigDecimal> values = ConsistentFigures.generate(template, new Random(seed), scale);

            assertThat(brokenErrorRules(template, values)).as("seed %d", seed).isEmpty();
            assertThat(values.keySet()).containsExactlyElementsOf(codes(template));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"V2014", "V2019", "V2021"})
    void valuesHaveTheShapeOfTheirCell(String templateId) {
        Template template = CATALOG.template(templateId).orElseThrow();
        for (long seed = 0; seed < SEEDS; seed++) {
            Map<String, BigDecimal> values = ConsistentFigures.generate(template, new Random(seed), Scale.SMALL);
            for (CatalogCell cell : template.valueCells()) {
                BigDecimal value = values.get(cell.code());
                assertThat(value.scale()).as(cell.code()).isLessThanOrEqualTo(cell.isAmount() ? 2 : 0);
                if (cell.type() != CellType.SIGNED) {
                    assertThat(value.signum()).as(cell.code()).isGreaterThanOrEqualTo(0);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"V2019", "V2021"})
    void aCityHasMoreThanTenMillionPermitDecisions(String templateId) {
        Template template = CATALOG.template(templateId).orElseThrow();

        Map<String, BigDecimal> values = ConsistentFigures.generate(template, new Random(7), Scale.CITY);

        assertThat(values.get("P03@N").longValueExact()).isGreaterThan(10_000_000L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"V2014", "V2019", "V2021"})
    void theSameSeedGivesTheSameFigures(String templateId) {
        Template template = CATALOG.template(templateId).orElseThrow();

        assertThat(ConsistentFigures.generate(template, new Random(42), Scale.SMALL))
                .isEqualTo(ConsistentFigures.generate(template, new Random(42), Scale.SMALL));
    }

    @ParameterizedTest
    @ValueSource(strings = {"V2014", "V2019", "V2021"})
    void theCellWiseSumOfConsistentSubmissionsIsConsistent(String templateId) {
        Template template = CATALOG.template(templateId).orElseThrow();
        for (int submissions = 1; submissions <= 30; submissions++) {
            Random random = new Random(1000L + submissions);
            Map<String, BigDecimal> sum = new HashMap<>();
            for (int i = 0; i < submissions; i++) {
                Scale scale = random.nextInt(10) == 0 ? Scale.CITY : Scale.SMALL;
                ConsistentFigures.generate(template, random, scale)
                        .forEach((code, value) -> sum.merge(code, value, BigDecimal::add));
            }

            assertThat(brokenErrorRules(template, sum)).as("%d submissions", submissions).isEmpty();
        }
    }

    private static List<String> brokenErrorRules(Template template, Map<String, BigDecimal> values) {
        return template.rules().stream()
                .filter(rule -> rule.severity() == Severity.ERROR)
                .filter(rule -> !rule.evaluate(code -> values.getOrDefault(code, BigDecimal.ZERO)).holds())
                .map(Rule::id)
                .toList();
    }

    private static List<String> codes(Template template) {
        return template.valueCells().stream().map(CatalogCell::code).toList();
    }
}
