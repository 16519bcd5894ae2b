package org.disclosurerollup.reading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * One sheet as a grid of positions, merged cells resolved: every position of a merge shows the merge's top-left cell,
 * and only that top-left position is an {@link #isAnchor anchor} (a place a value can be read from). Forms are small,
 * so the grid is cut at {@link #MAX_ROWS} rows and {@link #MAX_COLUMNS} columns.
 */
final class FormGrid {

    static final int MAX_ROWS = 500;
    static final int MAX_COLUMNS = 60;

    /** What a position holds. */
    enum Kind {
        BLANK,
        /**
         * A number, date, formula (one saved without its result too), boolean or error cell, or text that reads as a
         * value ({@code 0件}, {@code —}).
         */
        VALUE,
        /** Any other text: a label, a header, a title, a note. */
        TEXT
    }

    private final String sheetName;
    private final int rows;
    private final int columns;
    private final String[][] texts;
    private final Kind[][] kinds;
    private final int[][] anchorRow;
    private final int[][] anchorColumn;
    /** By anchor key: formulas saved without their result. */
    private final Map<Long, String> problems = new HashMap<>();

    private FormGrid(String sheetName, int rows, int columns) {
        this.sheetName = sheetName;
        this.rows = rows;
        this.columns = columns;
        this.texts = new String[rows][columns];
        this.kinds = new Kind[rows][columns];
        this.anchorRow = new int[rows][columns];
        this.anchorColumn = new int[rows][columns];
    }

    static FormGrid of(Sheet sheet) {
        int rows = Math.min(MAX_ROWS, sheet.getLastRowNum() + 1);
        int columns = 0;
        for (int r = 0; r < rows; r++) {
            Row row = sheet.getRow(r);
            if (row != null) {
                columns = Math.max(columns, Math.min(MAX_COLUMNS, row.getLastCellNum()));
            }
        }
        FormGrid grid = new FormGrid(sheet.getSheetName(), rows, Math.max(columns, 0));
        grid.read(sheet);
        return grid;
    }

    private void read(Sheet sheet) {
        for (int r = 0; r < rows; r++) {
            Row row = sheet.getRow(r);
            for (int c = 0; c < columns; c++) {
                Cell cell = row == null ? null : row.getCell(c);
                texts[r][c] = ExcelCellText.of(cell);
                Optional<String> problem = ExcelCellText.problem(cell);
                long key = ((long) r << 32) | c;
                problem.ifPresent(message -> problems.put(key, message));
                kinds[r][c] = problem.isPresent() ? Kind.VALUE : kindOf(cell, texts[r][c]);
                anchorRow[r][c] = r;
                anchorColumn[r][c] = c;
            }
        }
        for (CellRangeAddress merge : sheet.getMergedRegions()) {
            int top = merge.getFirstRow();
            int left = merge.getFirstColumn();
            if (top >= rows || left >= columns) {
                continue;
            }
            for (int r = top; r <= Math.min(merge.getLastRow(), rows - 1); r++) {
                for (int c = left; c <= Math.min(merge.getLastColumn(), columns - 1); c++) {
                    texts[r][c] = texts[top][left];
                    kinds[r][c] = kinds[top][left];
                    anchorRow[r][c] = top;
                    anchorColumn[r][c] = left;
                }
            }
        }
    }

    private static Kind kindOf(Cell cell, String text) {
        if (text.isBlank()) {
            return Kind.BLANK;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type != CellType.STRING) {
            return Kind.VALUE;
        }
        return FormVocabulary.looksLikeValue(text) ? Kind.VALUE : Kind.TEXT;
    }

    String sheetName() {
        return sheetName;
    }

    int rows() {
        return rows;
    }

    int columns() {
        return columns;
    }

    String text(int row, int column) {
        return texts[row][column];
    }

    Kind kind(int row, int column) {
        return kinds[row][column];
    }

    boolean isAnchor(int row, int column) {
        return anchorRow[row][column] == row && anchorColumn[row][column] == column;
    }

    /** Whether two positions show the same cell (the same merge, or the same position). */
    boolean sameCell(int row, int column, int otherRow, int otherColumn) {
        return anchorRow[row][column] == anchorRow[otherRow][otherColumn]
                && anchorColumn[row][column] == anchorColumn[otherRow][otherColumn];
    }

    /** Why the value at a position cannot be taken as it reads (a formula saved without its result), or null. */
    String problem(int row, int column) {
        return problems.get(anchorKey(row, column));
    }

    /** The position's anchor as one number, for sets of positions. */
    long anchorKey(int row, int column) {
        return ((long) anchorRow[row][column] << 32) | anchorColumn[row][column];
    }

    /** The position's anchor as {@code {row, column}}. */
    int[] anchorOf(int row, int column) {
        return new int[] {anchorRow[row][column], anchorColumn[row][column]};
    }

    static String cellRef(int row, int column) {
        return new CellReference(row, column).formatAsString();
    }

    /** Every non-blank text of the grid, row by row, each cell once. */
    List<String> texts() {
        List<String> found = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if (isAnchor(r, c) && kinds[r][c] == Kind.TEXT) {
                    found.add(texts[r][c]);
                }
            }
        }
        return found;
    }
}
