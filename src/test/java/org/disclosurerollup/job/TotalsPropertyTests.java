package org.disclosurerollup.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.disclosurerollup.catalog.Catalog;
import org.disclosurerollup.catalog.Rule;
import org.disclosurerollup.catalog.Severity;
import org.disclosurerollup.catalog.Template;
import org.disclosurerollup.demo.ConsistentFigures;
import org.disclosurerollup.demo.Scale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Property: every rule is linear, so the district totals of consistent submissions are consistent too. For random
 * consistent submissions of a whole register, the job's totals equal the exact sums and pass every error rule, in
 * every scope.
 */
class TotalsPropertyTests extends JobTestSupport {

    private static final Catalog CATALOG = Catalog.fromClasspath();
    private static final List<String[]> UNITS = List.of(
            new String[] {"G", "凉州区人民政府", "government"}, new String[] {"D1", "区教育局", "department"},
            new String[] {"D2", "区民政局", "department"}, new String[] {"D3", "区财政局", "department"},
            new String[] {"T1", "四坝镇", "township"}, new String[] {"T2", "清源镇", "township"},
            new String[] {"T3", "黄羊镇", "township"}, new String[] {"T4", "和平镇", "township"},
            new String[] {"T5", "武南镇", "township"}, new String[] {"T6", "东大街街道", "township"});
    private static final Map<String, List<String>> SCOPES = Map.of("all", List.of("government", "department", "township"),
            "district", List.of("government", "department"), "government", List.of("government"),
            "department", List.of("department"), "township", List.of("township"));

    @ParameterizedTest
    @CsvSource({"2017, 11", "2017, 12", "2020, 13", "2024, 14", "2024, 15", "2024, 16"})
    void totalsOfConsistentSubmissionsAreExactAndConsistent(int year, long seed) throws Exception {
        Template template = CATALOG.templateFor(year).orElseThrow();
        Random random = new Random(seed);
        StringBuilder register = new StringBuilder("code,name,type,aliases,from_year,to_year\n");
        Fixtures input = new Fixtures(work.resolve("input"));
        Map<String, Map<String, BigDecimal>> expected = new HashMap<>();
        for (String[] unit : UNITS) {
            register.append(unit[0]).append(',').append(unit[1]).append(',').append(unit[2]).append(",,,\n");
            Map<String, BigDecimal> figures = ConsistentFigures.generate(template, random, Scale.SMALL);
            StringBuilder csv = new StringBuilder("单位,指标代码,数值\n");
            figures.forEach((code, value) -> csv.append(unit[1]).append(',').append(code).append(',')
                    .append(value.toPlainString()).append('\n'));
            input.write(year + "/" + unit[1] + "_" + year + ".csv", csv.toString(), StandardCharsets.UTF_8);
            SCOPES.forEach((scope, types) -> {
                if (types.contains(unit[2])) {
                    figures.forEach((code, value) -> expected.computeIfAbsent(scope, s -> new HashMap<>())
                            .merge(code, value, BigDecimal::add));
                }
            });
        }
        input.write("units.csv", register.toString(), StandardCharsets.UTF_8);

        RunOutcome outcome = run(year, input.input(), work.resolve("output"));

        assertThat(outcome.completed()).isTrue();
        assertThat(outcome.counts().submissionsAccepted()).isEqualTo(UNITS.size());
        assertThat(outcome.counts().rowsRejected()).isZero();
        for (String scope : SCOPES.keySet()) {
            Map<String, BigDecimal> totals = totals(outcome.runId(), scope);
            assertThat(totals).hasSize(template.valueCells().size());
            expected.get(scope).forEach((code, sum) ->
                    assertThat(totals.get(code)).as(scope + " " + code).isEqualByComparingTo(sum));
            for (Rule rule : template.rules()) {
                if (rule.severity() == Severity.ERROR) {
                    assertThat(rule.evaluate(totals::get).holds()).as(scope + " " + rule.id()).isTrue();
                }
            }
        }
    }

    private Map<String, BigDecimal> totals(long runId, String scope) {
        Map<String, BigDecimal> totals = new HashMap<>();
        jdbc.sql("SELECT code, total FROM district_total WHERE run_id = ? AND scope = ?").params(runId, scope)
                .query(rs -> {
                    totals.put(rs.getString(1), rs.getBigDecimal(2));
                });
        return totals;
    }
}
