package org.disclosurerollup.checking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurerollup.catalog.Rule;
import org.disclosurerollup.catalog.Severity;
import org.disclosurerollup.catalog.Template;
import org.disclosurerollup.submission.CellValue;

/**
 * The template's rules applied to one submission: blank totals are first derived from their parts, then every rule
 * that applies to the unit's type is evaluated. EMPTY and NA count as 0.
 */
public final class SubmissionRules {

    private final Template template;

    public SubmissionRules(Template template) {
        this.template = template;
    }

    /** The outcome for one submission. */
    public record Report(Map<String, CellValue> cells, List<DerivedTotal> derived, List<Rule.Outcome> broken) {

        public boolean breaksErrorRule() {
            return broken.stream().anyMatch(outcome -> outcome.rule().severity() == Severity.ERROR);
        }
    }

    /** A total left blank and computed from its parts by {@code rule}. */
    public record DerivedTotal(String code, BigDecimal value, Rule rule) {
    }

    public Report check(Map<String, CellValue> submitted, String unitType) {
        List<Rule> rules = template.rules().stream().filter(rule -> rule.appliesTo(unitType)).toList();
        Map<String, CellValue> cells = new LinkedHashMap<>(submitted);
        List<DerivedTotal> derived = deriveBlankTotals(cells, rules);
        List<Rule.Outcome> broken = new ArrayList<>();
        for (Rule rule : rules) {
            Rule.Outcome outcome = rule.evaluate(code -> valueOf(cells, code));
            if (!outcome.holds()) {
                broken.add(outcome);
            }
        }
        return new Report(cells, derived, broken);
    }

    /**
     * Derives each blank total whose parts are settled (none of them a blank total still waiting to be derived), until
     * nothing changes. A total whose parts are all blank stays blank.
     */
    private static List<DerivedTotal> deriveBlankTotals(Map<String, CellValue> cells, List<Rule> rules) {
        List<Rule> defining = rules.stream().filter(rule -> rule.definedTotal().isPresent()).toList();
        List<DerivedTotal> derived = new ArrayList<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Rule rule : defining) {
                String total = rule.definedTotal().orElseThrow();
                if (!isBlank(cells, total) || !hasAnyPart(cells, rule)
                        || rule.right().codes().stream().anyMatch(part -> isPending(cells, part, defining))) {
                    continue;
                }
                BigDecimal value = rule.right().evaluate(code -> valueOf(cells, code));
                cells.put(total, CellValue.of(value));
                derived.add(new DerivedTotal(total, value, rule));
                changed = true;
            }
        }
        return derived;
    }

    private static boolean isPending(Map<String, CellValue> cells, String code, List<Rule> defining) {
        return isBlank(cells, code) && defining.stream()
                .anyMatch(rule -> rule.definedTotal().orElseThrow().equals(code) && hasAnyPart(cells, rule));
    }

    private static boolean hasAnyPart(Map<String, CellValue> cells, Rule rule) {
        return rule.right().codes().stream().anyMatch(code -> !isBlank(cells, code));
    }

    private static boolean isBlank(Map<String, CellValue> cells, String code) {
        CellValue value = cells.get(code);
        return value == null || value.isBlank();
    }

    /** A cell's value in sums: absent, EMPTY and NA count as 0. */
    static BigDecimal valueOf(Map<String, CellValue> cells, String code) {
        CellValue value = cells.get(code);
        return value == null ? BigDecimal.ZERO : value.forSums();
    }
}
