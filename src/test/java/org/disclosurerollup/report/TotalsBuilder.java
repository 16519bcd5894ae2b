package org.disclosurerollup.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurerollup.catalog.CatalogCell;
import org.disclosurerollup.catalog.Rule;
import org.disclosurerollup.catalog.Severity;
import org.disclosurerollup.catalog.Template;

/**
 * Whole-area totals written by hand for a test: the figures given, every other value cell 0, the totals the rules
 * define derived from their parts; the carry-over (表三 A04) balances each column. Fails when an error rule breaks.
 */
final class TotalsBuilder {

    private static final List<String> APPLICANTS = List.of("NP", "CE", "RI", "PW", "LS", "OT", "TT");

    private final Template template;
    private final Map<String, BigDecimal> values = new LinkedHashMap<>();

    TotalsBuilder(Template template) {
        this.template = template;
        template.valueCells().forEach(cell -> values.put(cell.code(), BigDecimal.ZERO));
    }

    TotalsBuilder set(String code, String value) {
        if (!values.containsKey(code)) {
            throw new IllegalArgumentException(template.id() + " 没有代码 " + code);
        }
        values.put(code, new BigDecimal(value));
        return this;
    }

    Map<String, BigDecimal> build() {
        deriveTotals();
        if (template.cell("A04@TT").isPresent()) {
            for (String column : APPLICANTS) {
                values.put("A04@" + column, value("A01@" + column).add(value("A02@" + column))
                        .subtract(value("A03_7@" + column)));
            }
        }
        List<String> broken = template.rules().stream().filter(rule -> rule.severity() == Severity.ERROR)
                .filter(rule -> !rule.evaluate(this::value).holds()).map(Rule::id).toList();
        assertThat(broken).as("规则").isEmpty();
        assertThat(template.valueCells().stream().map(CatalogCell::code)).allMatch(values::containsKey);
        return Map.copyOf(values);
    }

    private void deriveTotals() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Rule rule : template.rules()) {
                String total = rule.definedTotal().orElse(null);
                if (total == null) {
                    continue;
                }
                BigDecimal sum = rule.right().evaluate(this::value);
                if (sum.compareTo(value(total)) != 0) {
                    values.put(total, sum);
                    changed = true;
                }
            }
        }
    }

    private BigDecimal value(String code) {
        return values.getOrDefault(code, BigDecimal.ZERO);
    }
}
