package org.disclosurerollup.catalog;

/**
 * One cell of a template, one line of {@code catalog.csv}.
 *
 * @param rowLabel path through merged label cells, segments separated by {@code /}
 * @param colLabel path through merged header cells, empty for a vertical list
 * @param unit     the printed unit: 条, 件, 万元, {@code ——} for a heading
 */
public record CatalogCell(String template, String table, String code, String rowCode, String rowLabel,
                          String colCode, String colLabel, String unit, CellType type) {

    public static final String AMOUNT_UNIT = "万元";

    public boolean carriesValue() {
        return type != CellType.HEADING;
    }

    public boolean isAmount() {
        return type == CellType.DECIMAL;
    }

    public boolean isMatrixCell() {
        return !colCode.isEmpty();
    }
}
