package org.disclosurerollup.consolidation;

import java.util.List;

/**
 * A totals scope, one line of {@code scopes.csv}: {@code all} (全区), {@code district} (区本级) and one per unit type.
 *
 * @param unitTypes the unit type ids whose submissions the scope sums
 */
public record Scope(String id, String label, List<String> unitTypes) {

    public Scope {
        unitTypes = List.copyOf(unitTypes);
    }
}
