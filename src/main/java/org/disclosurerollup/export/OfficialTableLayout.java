package org.disclosurerollup.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disclosurerollup.catalog.CatalogCell;
import org.disclosurerollup.catalog.Template;
import org.disclosurerollup.catalog.TemplateTable;

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
    private static final int MAX_SHARED_COLUMNS = 12;

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

    private OfficialTableLayout(int columns, int labelColumns, int headerRows, List<Box> boxes,
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

    /** The layout of one table's cells (in printed order). */
    public static OfficialTableLayout of(List<CatalogCell> cells) {
        return of(cells, 1);
    }

    /**
     * The layout of one table's cells with at least {@code labelColumns} label columns, so that several tables on
     * one sheet can share their label and value columns.
     */
    public static OfficialTableLayout of(List<CatalogCell> cells, int labelColumns) {
        if (cells.isEmpty()) {
            throw new IllegalArgumentException("表格没有任何单元格");
        }
        boolean matrix = cells.stream().anyMatch(CatalogCell::isMatrixCell);
        return matrix ? new MatrixBuilder(cells).build(labelColumns) : verticalList(cells, labelColumns);
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
        int labelColumns = tables.values().stream().mapToInt(cells -> of(cells).labelColumns()).max().orElse(1);
        Map<TemplateTable, OfficialTableLayout> layouts = new LinkedHashMap<>();
        tables.forEach((table, cells) -> layouts.put(table, of(cells, labelColumns)));
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

    private static OfficialTableLayout verticalList(List<CatalogCell> cells, int minLabelColumns) {
        int labels = Math.max(1, minLabelColumns);
        int unitColumn = labels;
        int valueColumn = labels + 1;
        List<Box> boxes = new ArrayList<>();
        List<ValueSlot> values = new ArrayList<>();
        boxes.add(new Box(0, 0, 0, labels - 1, LABEL_HEADER, Role.CORNER));
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

    /** One printed row of a matrix: the cells sharing a row code, in column order. */
    private record MatrixRow(List<String> path, List<CatalogCell> cells) {

        List<String> columnCodes() {
            return cells.stream().map(CatalogCell::colCode).toList();
        }

        boolean isHeading() {
            return cells.size() == 1 && !cells.get(0).carriesValue();
        }
    }

    /** Consecutive rows printed under one column header, optionally captioned. */
    private record Section(String caption, List<MatrixRow> rows) {

        List<String> labelPath(MatrixRow row) {
            return caption == null ? row.path() : row.path().subList(1, row.path().size());
        }

        List<CatalogCell> columns() {
            return rows.get(0).cells();
        }
    }

    private static final class MatrixBuilder {

        private final List<Section> sections;
        private final List<Box> boxes = new ArrayList<>();
        private final List<ValueSlot> values = new ArrayList<>();
        private int labels;
        private int valueColumns;

        MatrixBuilder(List<CatalogCell> cells) {
            this.sections = sections(rows(cells));
        }

        OfficialTableLayout build(int minLabelColumns) {
            labels = Math.max(minLabelColumns, sections.stream()
                    .flatMap(section -> section.rows().stream().map(row -> section.labelPath(row).size()))
                    .max(Integer::compare).orElse(1));
            valueColumns = sharedValueColumns();
            int row = 0;
            int headerRows = -1;
            for (Section section : sections) {
                row = section(section, row);
                if (headerRows < 0) {
                    headerRows = values.isEmpty() ? row : values.get(0).row();
                }
            }
            return new OfficialTableLayout(labels + valueColumns, labels, headerRows, boxes, values);
        }

        private static List<MatrixRow> rows(List<CatalogCell> cells) {
            Map<String, List<CatalogCell>> byRow = new LinkedHashMap<>();
            cells.forEach(cell -> byRow.computeIfAbsent(cell.rowCode(), code -> new ArrayList<>()).add(cell));
            return byRow.values().stream()
                    .map(rowCells -> new MatrixRow(List.of(rowCells.get(0).rowLabel().split("/")), rowCells))
                    .toList();
        }

        private static List<Section> sections(List<MatrixRow> rows) {
            long columnSets = rows.stream().filter(row -> !row.isHeading()).map(MatrixRow::columnCodes)
                    .distinct().count();
            boolean captioned = columnSets > 1;
            List<List<MatrixRow>> groups = new ArrayList<>();
            MatrixRow previous = null;
            for (MatrixRow row : rows) {
                if (previous == null || row.isHeading() || previous.isHeading()
                        || !row.columnCodes().equals(previous.columnCodes())
                        || captioned && !row.path().get(0).equals(previous.path().get(0))) {
                    groups.add(new ArrayList<>());
                }
                groups.get(groups.size() - 1).add(row);
                previous = row;
            }
            return groups.stream().map(group -> new Section(caption(group, captioned), group)).toList();
        }

        private static String caption(List<MatrixRow> group, boolean captioned) {
            boolean deepEnough = group.stream().allMatch(row -> row.path().size() > 1);
            return captioned && deepEnough && !group.get(0).isHeading() ? group.get(0).path().get(0) : null;
        }

        /** Enough value columns that every section's columns divide them evenly (表二: 3 and 1), when few. */
        private int sharedValueColumns() {
            int shared = 1;
            int widest = 1;
            for (Section section : sections) {
                int count = section.columns().size();
                widest = Math.max(widest, count);
                shared = shared / gcd(shared, count) * count;
            }
            return shared <= MAX_SHARED_COLUMNS ? shared : widest;
        }

        private static int gcd(int a, int b) {
            return b == 0 ? a : gcd(b, a % b);
        }

        private int section(Section section, int top) {
            int lastColumn = labels + valueColumns - 1;
            int row = top;
            if (section.rows().get(0).isHeading()) {
                MatrixRow heading = section.rows().get(0);
                boxes.add(new Box(row, row, 0, lastColumn, heading.cells().get(0).rowLabel(), Role.HEADING));
                return row + 1;
            }
            if (section.caption() != null) {
                boxes.add(new Box(row, row, 0, lastColumn, section.caption(), Role.CAPTION));
                row++;
            }
            row = header(section.columns(), row);
            rowLabels(section, row);
            for (MatrixRow matrixRow : section.rows()) {
                List<CatalogCell> cells = matrixRow.cells();
                for (int i = 0; i < cells.size(); i++) {
                    values.add(new ValueSlot(row, firstColumn(i, cells.size()), lastColumn(i, cells.size()),
                            cells.get(i)));
                }
                row++;
            }
            return row;
        }

        private int header(List<CatalogCell> columns, int top) {
            List<List<String>> paths = columns.stream().map(MatrixBuilder::columnPath).toList();
            int depth = paths.stream().mapToInt(List::size).max().orElse(1);
            boxes.add(new Box(top, top + depth - 1, 0, labels - 1, LABEL_HEADER, Role.CORNER));
            for (int level = 0; level < depth; level++) {
                int i = 0;
                while (i < paths.size()) {
                    List<String> path = paths.get(i);
                    if (path.size() <= level) {
                        i++;
                        continue;
                    }
                    int j = i;
                    while (j + 1 < paths.size() && sharesPrefix(paths.get(j + 1), path, level)
                            && paths.get(j + 1).size() > level + 1 && path.size() > level + 1) {
                        j++;
                    }
                    int lastRow = level == path.size() - 1 ? top + depth - 1 : top + level;
                    boxes.add(new Box(top + level, lastRow, firstColumn(i, paths.size()),
                            lastColumn(j, paths.size()), path.get(level), Role.COLUMN_HEADER));
                    i = j + 1;
                }
            }
            return top + depth;
        }

        private static List<String> columnPath(CatalogCell cell) {
            return cell.colLabel().isEmpty() ? List.of(VALUE_HEADER) : List.of(cell.colLabel().split("/"));
        }

        private void rowLabels(Section section, int top) {
            List<List<String>> paths = section.rows().stream().map(section::labelPath).toList();
            for (int i = 0; i < paths.size(); i++) {
                List<String> path = paths.get(i);
                for (int level = 0; level < path.size(); level++) {
                    boolean leaf = level == path.size() - 1;
                    if (leaf) {
                        boxes.add(new Box(top + i, top + i, level, labels - 1, path.get(level), Role.ROW_LABEL));
                    } else if (i == 0 || !continuesParent(paths.get(i - 1), path, level)) {
                        int last = i;
                        while (last + 1 < paths.size() && continuesParent(paths.get(last + 1), path, level)) {
                            last++;
                        }
                        boxes.add(new Box(top + i, top + last, level, level, path.get(level), Role.ROW_LABEL));
                    }
                }
            }
        }

        /** Whether {@code other} sits under the same parent segment at {@code level} (and is not that segment). */
        private static boolean continuesParent(List<String> other, List<String> path, int level) {
            return other.size() > level + 1 && sharesPrefix(other, path, level);
        }

        private static boolean sharesPrefix(List<String> a, List<String> b, int level) {
            return a.size() > level && b.size() > level && a.subList(0, level + 1).equals(b.subList(0, level + 1));
        }

        private int firstColumn(int index, int count) {
            return labels + index * (valueColumns / count);
        }

        private int lastColumn(int index, int count) {
            return index == count - 1 ? labels + valueColumns - 1 : firstColumn(index + 1, count) - 1;
        }
    }
}
