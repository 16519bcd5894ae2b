package org.disclosurerollup.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each label, header and value of an official table goes, computed from the catalog cells alone (no per-template
 * code). Rows and columns are 0-based and relative to the table's top-left corner.
 *
 * <p>A table whose cells have no column code is a vertical list {@code 统计指标 | 单位 | 统计数}. Otherwise it is a
 * matrix: row labels from the {@code rowLabel} paths (one label column per path level, a parent segment merged down
 * over the rows it covers, the last segment stretched to the last label column), a multi-level header from the
 * {@code colLabel} paths. Consecutive rows with another column set form a section with its own header; when a table
 * has several column sets, each section is captioned with its rows' first path segment (表二's 条款).
 */
public final class OfficialTableLayout {

    static final String LABEL_HEADER = "统计指标";
    static final String UNIT_HEADER = "单位";
    static final String VALUE_HEADER = "统计数";

    /** What a text box of the layout is. */
    public enum Role {
        /** The header cell above the row labels. */
        CORNER,
        COLUMN_HEADER,
        /** A row across the whole table naming the section below it. */
        CAPTION,
        ROW_LABEL,
        UNIT,
        /** The label of a row that carries no value. */
        HEADING
    }

    /** A text cell, merged when it spans more than one row or column. */
    public record Box(int firstRow, int lastRow, int firstColumn, int lastColumn, String text, Role role) {

        public boolean isMerged() {
            return firstRow != lastRow || firstColumn != lastColumn;
        }
    }

    /** The position of a catalog cell's value, merged when it spans more than one column. */
    public record ValueSlot(int row, int firstColumn, int lastColumn, CatalogCell cell) {
    }

    private final int rows;
    private final int columns;
    private final int labelColumns;
    private final int headerRows;
    private final List<Box> boxes;
    private final List<ValueSlot> values;
    private final Object[][] grid;

    OfficialTableLayout(int columns, int labelColumns, int headerRows, List<Box> boxes,
                                List<ValueSlot> values) {
        this.rows = Math.max(lastRowOfBoxes(boxes), lastRowOfValues(values)) + 1;
        this.columns = columns;
        this.labelColumns = labelColumns;
        this.headerRows = headerRows;
        this.boxes = List.copyOf(boxes);
        this.values = List.copyOf(values);
        this.grid = new Object[rows][columns];
        boxes.forEach(box -> fill(box.firstRow(), box.lastRow(), box.firstColumn(), box.lastColumn(), box));
        values.forEach(slot -> fill(slot.row(), slot.row(), slot.firstColumn(), slot.lastColumn(), slot));
    }

    /** The layout of one table's cells (in printed order), printed one row per row code. */
    public static OfficialTableLayout of(List<CatalogCell> cells) {
        return of(plain(cells), cells, 1);
    }

    /** The layout of one table's cells as the official form prints that table ({@code tables.csv}). */
    public static OfficialTableLayout of(TemplateTable table, List<CatalogCell> cells) {
        return of(table, cells, 1);
    }

    /**
     * The layout of one table's cells with at least {@code labelColumns} label columns (none for a one-row table),
     * so that several tables on one sheet can share their label and value columns.
     */
    public static OfficialTableLayout of(TemplateTable table, List<CatalogCell> cells, int labelColumns) {
        if (cells.isEmpty()) {
            throw new IllegalArgumentException("表格没有任何单元格");
        }
        boolean matrix = cells.stream().anyMatch(CatalogCell::isMatrixCell);
        return matrix ? new MatrixLayoutBuilder(table, cells).build(labelColumns)
                : verticalList(table, cells, labelColumns);
    }

    private static TemplateTable plain(List<CatalogCell> cells) {
        return cells.isEmpty() ? new TemplateTable("", "", "")
                : new TemplateTable(cells.get(0).template(), cells.get(0).table(), "");
    }

    /**
     * The layouts of every table of a template that has cells, in order, all with the same number of label columns
     * so that they line up when printed one under the other.
     */
    public static Map<TemplateTable, OfficialTableLayout> ofTemplate(Template template) {
        Map<TemplateTable, List<CatalogCell>> tables = new LinkedHashMap<>();
        for (TemplateTable table : template.tables()) {
            List<CatalogCell> cells = template.cellsOf(table.table());
            if (!cells.isEmpty()) {
                tables.put(table, cells);
            }
        }
        int labelColumns = tables.entrySet().stream()
                .mapToInt(table -> of(table.getKey(), table.getValue()).labelColumns()).max().orElse(1);
        Map<TemplateTable, OfficialTableLayout> layouts = new LinkedHashMap<>();
        tables.forEach((table, cells) -> layouts.put(table, of(table, cells, labelColumns)));
        return layouts;
    }

    public int rows() {
        return rows;
    }

    public int columns() {
        return columns;
    }

    /** The columns holding row labels; value (and unit) columns follow them. */
    public int labelColumns() {
        return labelColumns;
    }

    /** The rows above the first row of values: the first section's caption and column header. */
    public int headerRows() {
        return headerRows;
    }

    public List<Box> boxes() {
        return boxes;
    }

    public List<ValueSlot> values() {
        return values;
    }

    /** The box covering a position, merged parts included. */
    public Optional<Box> boxAt(int row, int column) {
        return occupant(row, column) instanceof Box box ? Optional.of(box) : Optional.empty();
    }

    /** The value slot covering a position, merged parts included. */
    public Optional<ValueSlot> valueAt(int row, int column) {
        return occupant(row, column) instanceof ValueSlot slot ? Optional.of(slot) : Optional.empty();
    }

    public Optional<ValueSlot> valueOf(String code) {
        return values.stream().filter(slot -> slot.cell().code().equals(code)).findFirst();
    }

    private Object occupant(int row, int column) {
        return row < 0 || row >= rows || column < 0 || column >= columns ? null : grid[row][column];
    }

    private void fill(int firstRow, int lastRow, int firstColumn, int lastColumn, Object occupant) {
        for (int row = firstRow; row <= lastRow; row++) {
            Arrays.fill(grid[row], firstColumn, lastColumn + 1, occupant);
        }
    }

    private static int lastRowOfBoxes(List<Box> boxes) {
        return boxes.stream().mapToInt(Box::lastRow).max().orElse(-1);
    }

    private static int lastRowOfValues(List<ValueSlot> values) {
        return values.stream().mapToInt(ValueSlot::row).max().orElse(-1);
    }

    private static OfficialTableLayout verticalList(TemplateTable table, List<CatalogCell> cells,
                                                    int minLabelColumns) {
        int labels = Math.max(1, minLabelColumns);
        int unitColumn = labels;
        int valueColumn = labels + 1;
        List<Box> boxes = new ArrayList<>();
        List<ValueSlot> values = new ArrayList<>();
        boxes.add(new Box(0, 0, 0, labels - 1, table.corner().isEmpty() ? LABEL_HEADER : table.corner(),
                Role.CORNER));
        boxes.add(new Box(0, 0, unitColumn, unitColumn, UNIT_HEADER, Role.COLUMN_HEADER));
        boxes.add(new Box(0, 0, valueColumn, valueColumn, VALUE_HEADER, Role.COLUMN_HEADER));
        int row = 1;
        for (CatalogCell cell : cells) {
            Role role = cell.carriesValue() ? Role.ROW_LABEL : Role.HEADING;
            boxes.add(new Box(row, row, 0, labels - 1, cell.rowLabel(), role));
            boxes.add(new Box(row, row, unitColumn, unitColumn, cell.unit(), Role.UNIT));
            if (cell.carriesValue()) {
                values.add(new ValueSlot(row, valueColumn, valueColumn, cell));
            }
            row++;
        }
        return new OfficialTableLayout(labels + 2, labels, 1, boxes, values);
    }
}
