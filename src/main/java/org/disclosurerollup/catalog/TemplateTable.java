package org.disclosurerollup.catalog;

/**
 * One official table of a template, one line of {@code tables.csv}: its title and how the official form prints it.
 *
 * @param shape       {@code rows} (one printed row per row code) or {@code one-row} (表四: every cell in one row, each
 *                    row label becoming a header above its cells)
 * @param corner      the text of the header cell above the row labels (表三's reconciliation note), may be empty
 * @param columnGroup a header printed above all value columns (表三's 申请人情况), may be empty
 */
public record TemplateTable(String template, String table, String title, String shape, String corner,
                            String columnGroup) {

    public static final String ROWS = "rows";
    public static final String ONE_ROW = "one-row";

    public TemplateTable {
        shape = shape == null || shape.isBlank() ? ROWS : shape.trim();
        corner = corner == null ? "" : corner.trim();
        columnGroup = columnGroup == null ? "" : columnGroup.trim();
        if (!shape.equals(ROWS) && !shape.equals(ONE_ROW)) {
            throw new CatalogException("tables.csv 中 " + template + " " + table + " 的 shape 只能是 rows 或 one-row，"
                    + "不能是 “" + shape + "”");
        }
    }

    /** A table printed in the plain way: one row per row code, no corner text, no column group. */
    public TemplateTable(String template, String table, String title) {
        this(template, table, title, ROWS, "", "");
    }

    public boolean isOneRow() {
        return ONE_ROW.equals(shape);
    }
}
