package org.disclosurerollup.export;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A sheet that is a plain list: a bold header row, then one line per item, written top to bottom. Set the column
 * widths first: rows are made high enough for their wrapped text, which spreadsheets do not always do on opening.
 */
final class ListSheet {

    private final Sheet sheet;
    private final WorkbookStyles styles;
    private int nextRow;
    private int headerRow = -1;
    private int columns;
    private int[] widths = new int[0];

    ListSheet(Sheet sheet, WorkbookStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
        SheetFormat.printLandscapeA4(sheet);
    }

    Sheet sheet() {
        return sheet;
    }

    ListSheet header(String... labels) {
        Line line = new Line(sheet.createRow(nextRow), styles.plain);
        for (String label : labels) {
            line.text(label, styles.header);
        }
        headerRow = nextRow++;
        columns = labels.length;
        return this;
    }

    Line line() {
        return new Line(sheet.createRow(nextRow++), styles.plain);
    }

    Line line(WorkbookStyles.Line look) {
        return new Line(sheet.createRow(nextRow++), look);
    }

    /** A line of one text merged across the first {@code columns} columns, such as a title. */
    Row spanning(String text, CellStyle style, int columns) {
        int index = nextRow;
        line().text(text, style);
        sheet.addMergedRegion(new CellRangeAddress(index, index, 0, columns - 1));
        return sheet.getRow(index);
    }

    void skip() {
        nextRow++;
    }

    /** Freezes the header row and the first {@code columns} columns. */
    ListSheet freeze(int frozenColumns) {
        sheet.createFreezePane(frozenColumns, headerRow + 1);
        return this;
    }

    ListSheet filter() {
        sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, nextRow - 1), 0, columns - 1));
        return this;
    }

    ListSheet widths(int... characters) {
        widths = characters.clone();
        for (int i = 0; i < characters.length; i++) {
            SheetFormat.columnWidth(sheet, i, characters[i]);
        }
        return this;
    }

    private int width(int column) {
        return column < widths.length ? widths[column] : sheet.getColumnWidth(column) / 256;
    }

    /** One line being written, cell after cell. */
    final class Line {

        private final Row row;
        private final WorkbookStyles.Line look;
        private int column;
        private int lines = 1;

        private Line(Row row, WorkbookStyles.Line look) {
            this.row = row;
            this.look = look;
        }

        Line text(String text) {
            return text(text, look.text());
        }

        Line text(String text, CellStyle style) {
            Cell cell = next(SpreadsheetText.wouldRunAsFormula(text) ? styles.quotePrefixed(style) : style);
            if (text != null && !text.isEmpty()) {
                cell.setCellValue(text);
                if (style.getWrapText()) {
                    fit(SheetFormat.lines(text, width(cell.getColumnIndex())));
                }
            }
            return this;
        }

        private void fit(int textLines) {
            if (textLines > lines) {
                lines = textLines;
                row.setHeightInPoints(lines * SheetFormat.LINE_POINTS + 2);
            }
        }

        /** Text kept on one line even when the column is narrower, such as a SHA-256. */
        Line unwrapped(String text) {
            return text(text, look.unwrapped());
        }

        Line number(long value) {
            next(look.integer()).setCellValue(value);
            return this;
        }

        Line number(Integer value) {
            return value == null ? blank() : number(value.longValue());
        }

        Line number(BigDecimal value, CellStyle style) {
            next(style).setCellValue(value.doubleValue());
            return this;
        }

        Line blank() {
            next(look.text());
            return this;
        }

        private Cell next(CellStyle style) {
            Cell cell = row.createCell(column++);
            cell.setCellStyle(style);
            return cell;
        }
    }
}
