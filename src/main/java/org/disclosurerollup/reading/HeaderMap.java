package org.disclosurerollup.reading;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Where each recognised column is in a file.
 *
 * @param positions 0-based field index of each recognised column (absent columns have no entry)
 * @param headerRow 1-based physical line (or sheet row) of the header
 */
public record HeaderMap(Map<Column, Integer> positions, int headerRow) {

    public HeaderMap {
        positions = Collections.unmodifiableMap(positions.isEmpty() ? new EnumMap<>(Column.class) : new EnumMap<>(positions));
    }

    public boolean has(Column column) {
        return positions.containsKey(column);
    }

    /** The 0-based field index of the column, or -1 when the header does not have it. */
    public int position(Column column) {
        return positions.getOrDefault(column, -1);
    }

    /** How many fields a row needs to reach the value column. */
    int fieldsNeeded() {
        return position(Column.VALUE) + 1;
    }
}
