package org.disclosurerollup.report;

import java.math.BigDecimal;
import java.util.Map;
import org.disclosurerollup.catalog.Template;

/**
 * The whole-area totals of one year: the {@code all} scope of that year's completed run.
 *
 * @param totals value-cell code of {@code template} → exact sum (万元 not yet rounded); every value cell present
 */
public record YearTotals(int year, Template template, Map<String, BigDecimal> totals) {

    public YearTotals {
        totals = Map.copyOf(totals);
    }

    /** The total of a value cell; fails with the code when the run handed in none. */
    BigDecimal total(String code) {
        BigDecimal value = totals.get(code);
        if (value == null) {
            throw new IllegalArgumentException(year + "年的汇总数缺少代码 " + code + "（" + template.id() + "）");
        }
        return value;
    }
}
