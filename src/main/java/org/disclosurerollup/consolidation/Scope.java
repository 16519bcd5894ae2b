package org.disclosurerollup.consolidation;

import java.util.List;
import org.disclosurerollup.register.AreaLevel;
import org.disclosurerollup.register.UnitRegister;
import org.disclosurerollup.register.UnitType;

/**
 * A totals scope, one line of {@code scopes.csv}: {@code all} (全区), {@code district} (区本级), one per unit type, and
 * {@code region} (the lower areas summed) only where the register has lower areas.
 *
 * @param label     with the area's words to fill in ({@link AreaLevel#fill}): {@code {whole_area}} → 全区, 全市 …
 * @param unitTypes the unit type ids whose submissions the scope sums
 * @param onlyWithRegions the scope is left out where the register has no {@code region} unit
 */
public record Scope(String id, String label, List<String> unitTypes, boolean onlyWithRegions) {

    public Scope {
        unitTypes = List.copyOf(unitTypes);
    }

    /** The scopes of a run on this register, in order. */
    public static List<Scope> of(List<Scope> scopes, UnitRegister register) {
        boolean regions = register.units().stream().anyMatch(unit -> unit.type() == UnitType.REGION);
        return scopes.stream().filter(scope -> regions || !scope.onlyWithRegions()).toList();
    }
}
