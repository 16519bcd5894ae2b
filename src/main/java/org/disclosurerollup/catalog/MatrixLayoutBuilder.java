package org.disclosurerollup.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurerollup.catalog.OfficialTableLayout.Box;
import org.disclosurerollup.catalog.OfficialTableLayout.Role;
import org.disclosurerollup.catalog.OfficialTableLayout.ValueSlot;

/**
 * Lays out a matrix table (cells with column codes) for {@link OfficialTableLayout}. A table of shape
 * {@code one-row} (表四) has no label columns: its row label paths become the upper levels of the column header.
 */
final class MatrixLayoutBuilder {

    private static final int MAX_SHARED_COLUMNS = 12;

    private final TemplateTable table;
    private final List<Section> sections;
    private final List<Box> boxes = new ArrayList<>();
    private final List<ValueSlot> values = new ArrayList<>();
    private int labels;
    private int valueColumns;

    MatrixLayoutBuilder(TemplateTable table, List<CatalogCell> cells) {
        this.table = table;
        this.sections = table.isOneRow()
                ? List.of(new Section(null, List.of(new MatrixRow(List.of(), cells))))
                : sections(rows(cells));
    }

    OfficialTableLayout build(int minLabelColumns) {
        labels = table.isOneRow() ? 0 : Math.max(minLabelColumns, sections.stream()
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
        List<List<String>> paths = columns.stream().map(this::columnPath).toList();
        int depth = paths.stream().mapToInt(List::size).max().orElse(1);
        if (labels > 0) {
            String corner = table.corner().isEmpty() ? OfficialTableLayout.LABEL_HEADER : table.corner();
            boxes.add(new Box(top, top + depth - 1, 0, labels - 1, corner, Role.CORNER));
        }
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

    /** The header texts above a cell's column, top down: the column group, (one-row) the row label, the column label. */
    private List<String> columnPath(CatalogCell cell) {
        List<String> path = new ArrayList<>();
        if (!table.columnGroup().isEmpty()) {
            path.add(table.columnGroup());
        }
        if (table.isOneRow()) {
            path.addAll(List.of(cell.rowLabel().split("/")));
        }
        if (!cell.colLabel().isEmpty()) {
            path.addAll(List.of(cell.colLabel().split("/")));
        }
        if (path.isEmpty()) {
            path.add(OfficialTableLayout.VALUE_HEADER);
        }
        return path;
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
}
