package org.disclosurerollup.register;

import java.util.List;

/**
 * A reporting unit, one line of {@code units.csv}.
 *
 * @param fromYear first year the unit reports, {@code null} when open
 * @param toYear   last year the unit reports, {@code null} when open
 */
public record Unit(String code, String name, UnitType type, List<String> aliases, Integer fromYear, Integer toYear) {

    public Unit {
        aliases = List.copyOf(aliases);
    }

    public boolean expectedIn(int year) {
        return (fromYear == null || fromYear <= year) && (toYear == null || year <= toYear);
    }
}
