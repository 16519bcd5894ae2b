package org.disclosurerollup.submission;

import java.math.BigDecimal;

/**
 * A normalised cell value.
 *
 * @param number the exact value for NUMBER, {@code 0} for ZERO, {@code null} for EMPTY and NA
 */
public record CellValue(ValueKind kind, BigDecimal number) {

    public static final CellValue EMPTY = new CellValue(ValueKind.EMPTY, null);
    public static final CellValue NA = new CellValue(ValueKind.NA, null);
    public static final CellValue ZERO = new CellValue(ValueKind.ZERO, BigDecimal.ZERO);

    public static CellValue of(BigDecimal number) {
        return number.signum() == 0 ? ZERO : new CellValue(ValueKind.NUMBER, number);
    }

    /** A value as stored in the database: kind name (null for none) and a DECIMAL that may carry trailing zeros. */
    public static CellValue stored(String kind, BigDecimal number) {
        if (kind == null) {
            return null;
        }
        return switch (ValueKind.valueOf(kind)) {
            case EMPTY -> EMPTY;
            case NA -> NA;
            case ZERO -> ZERO;
            case NUMBER -> of(plain(number));
        };
    }

    /** Drops trailing zeros without going to exponent notation: 90.000000 → 90, 1.270000 → 1.27. */
    public static BigDecimal plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The value to use in sums and rules: EMPTY and NA count as 0. */
    public BigDecimal forSums() {
        return number == null ? BigDecimal.ZERO : number;
    }

    public boolean isBlank() {
        return kind == ValueKind.EMPTY;
    }

    /** Two submitted values mean the same (for duplicate cells): same kind and numerically equal. */
    public boolean sameAs(CellValue other) {
        if (kind != other.kind) {
            return false;
        }
        return number == null ? other.number == null : other.number != null && number.compareTo(other.number) == 0;
    }
}
