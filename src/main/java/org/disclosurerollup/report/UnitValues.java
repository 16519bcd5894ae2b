package org.disclosurerollup.report;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * The figures of one reporting unit's counted submission, for {@link FiguresToVerify}: handed in one unit at a time,
 * so that the job can stream them from the database.
 *
 * @param unitType the unit type as people read it ({@code 乡镇街道}, {@code 区直部门}): units are compared within it
 * @param values   code → value for sums (blank and {@code —} as 0) of the cells submitted; a code not in the map was
 *                 not submitted (no row, or its row rejected), which is not 0
 */
public record UnitValues(String unitCode, String unitName, String unitType, Map<String, BigDecimal> values) {

    /** The figure's sum; empty when one of its cells was not submitted, so that it is compared with nothing. */
    Optional<BigDecimal> sum(Figure figure) {
        if (!values.keySet().containsAll(figure.codes())) {
            return Optional.empty();
        }
        return Optional.of(figure.codes().stream().map(values::get).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
