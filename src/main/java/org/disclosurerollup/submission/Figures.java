package org.disclosurerollup.submission;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.disclosurerollup.catalog.CellLayout;

/**
 * A submission's cells in a {@link CellLayout}, as the database keeps them: one character per cell saying what the
 * unit wrote ({@code cell_kinds}), and the values in millionths ({@code cell_values}; 0 where there is no number).
 */
public final class Figures {

    /** The places every value is kept to: 万元 amounts to the fen (0.01 元); counts are whole. */
    static final int SCALE = 6;
    /** The largest value that can be kept: {@code Long.MAX_VALUE} millionths. */
    public static final BigDecimal LARGEST = BigDecimal.valueOf(Long.MAX_VALUE, SCALE);

    private static final char NOT_SUBMITTED = '-';
    private static final char BLANK = 'E';
    private static final char NOT_APPLICABLE = 'A';
    private static final char VALUE = 'V';
    private static final char DERIVED = 'D';

    private final CellLayout layout;
    private final String kinds;
    private final long[] values;

    private Figures(CellLayout layout, String kinds, long[] values) {
        this.layout = layout;
        this.kinds = kinds;
        this.values = values;
    }

    /**
     * @param cells   the submitted cells by code (derived totals included); codes outside the layout are ignored
     * @param derived the codes whose value was derived from its parts
     * @throws IllegalArgumentException when a value is beyond {@link #LARGEST} (check with {@link #fits})
     */
    public static Figures of(CellLayout layout, Map<String, CellValue> cells, Set<String> derived) {
        char[] kinds = new char[layout.size()];
        long[] values = new long[layout.size()];
        for (int i = 0; i < layout.size(); i++) {
            String code = layout.codes().get(i);
            CellValue value = cells.get(code);
            kinds[i] = kindOf(value, derived.contains(code));
            values[i] = value == null || value.number() == null ? 0 : millionths(value.number());
        }
        return new Figures(layout, new String(kinds), values);
    }

    /** Figures as read from the database. */
    public static Figures stored(CellLayout layout, String kinds, Object[] values) {
        long[] numbers = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            numbers[i] = values[i] == null ? 0 : ((Number) values[i]).longValue();
        }
        return new Figures(layout, kinds, numbers);
    }

    /** A value the database can keep. */
    public static boolean fits(BigDecimal value) {
        return value.abs().compareTo(LARGEST) <= 0;
    }

    /** What the unit wrote in the cell; EMPTY for a cell it did not submit. */
    public CellValue cell(String code) {
        int position = layout.positionOf(code);
        return position < 0 ? CellValue.EMPTY : cell(position);
    }

    public CellValue cell(int position) {
        return switch (kinds.charAt(position)) {
            case NOT_SUBMITTED, BLANK -> CellValue.EMPTY;
            case NOT_APPLICABLE -> CellValue.NA;
            default -> CellValue.of(CellValue.plain(BigDecimal.valueOf(values[position], SCALE)));
        };
    }

    /** The submitted cells by code, derived totals included, in layout order (cells not submitted left out). */
    public Map<String, CellValue> cells() {
        Map<String, CellValue> cells = new LinkedHashMap<>();
        for (int i = 0; i < layout.size(); i++) {
            if (kinds.charAt(i) != NOT_SUBMITTED) {
                cells.put(layout.codes().get(i), cell(i));
            }
        }
        return cells;
    }

    public boolean derived(int position) {
        return kinds.charAt(position) == DERIVED;
    }

    public CellLayout layout() {
        return layout;
    }

    /** {@code cell_kinds}. */
    public String kinds() {
        return kinds;
    }

    /** {@code cell_values}: every cell's value in millionths, 0 without a number, so that sums can add them all. */
    public long[] millionths() {
        return values.clone();
    }

    /** {@code cell_values} as a JDBC array holds them. */
    public Long[] storedValues() {
        Long[] boxed = new Long[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return boxed;
    }

    private static char kindOf(CellValue value, boolean derived) {
        if (value == null) {
            return NOT_SUBMITTED;
        }
        return switch (value.kind()) {
            case EMPTY -> BLANK;
            case NA -> NOT_APPLICABLE;
            case NUMBER, ZERO -> derived ? DERIVED : VALUE;
        };
    }

    private static long millionths(BigDecimal number) {
        if (!fits(number)) {
            throw new IllegalArgumentException("value beyond what is kept: " + number);
        }
        return number.setScale(SCALE).unscaledValue().longValueExact();
    }
}
