package org.disclosurerollup.catalog;

import java.util.Locale;

/** What a catalog cell holds: {@code type} column of {@code catalog.csv}. */
public enum CellType {
    /** A whole number ≥ 0. */
    INT,
    /** An exact decimal amount (万元). */
    DECIMAL,
    /** A whole number that may be negative (V2019 本年增/减). */
    SIGNED,
    /** A printed row that carries no value. */
    HEADING;

    static CellType of(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
