package org.disclosurerollup.report;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The figures of one reporting unit's counted submission, for {@link FiguresToVerify}: handed in one unit at a time,
 * so that the job can stream them from the database.
 *
 * @param unitType the unit type as people read it ({@code 乡镇街道}, {@code 区直部门}): units are compared within it
 * @param values   code → value for sums (blank and {@code —} as 0); a code not in the map counts as 0
 */
public record UnitValues(String unitCode, String unitName, String unitType, Map<String, BigDecimal> values) {

    BigDecimal sum(Figure figure) {
        return figure.codes().stream().map(code -> values.getOrDefault(code, BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
