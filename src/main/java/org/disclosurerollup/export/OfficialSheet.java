package org.disclosurerollup.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.disclosurerollup.catalog.OfficialTableLayout;
import org.disclosurerollup.catalog.CatalogCell;
import org.disclosurerollup.catalog.TemplateTable;
import org.disclosurerollup.catalog.OfficialTableLayout.Box;
import org.disclosurerollup.catalog.OfficialTableLayout.ValueSlot;

/**
 * Renders a template's official tables, one under the other, on one sheet, as the official form prints them: the
 * consolidated workbook's 全区 and 区本级 sheets and the blank fill-in templates share it.
 */
final class OfficialSheet {

    private static final float TITLE_POINTS = 26f;
    private static final float TABLE_TITLE_POINTS = 21f;

    /** What goes into the value cells: totals in the consolidated workbook, nothing (to be typed) in a template. */
    interface ValueCells {
        CellStyle style(CatalogCell cell);

        /** Writes the value of a cell, or leaves it blank. */
        void write(Cell cell, CatalogCell catalogCell);
    }

    /** Where the value of a catalog cell is on the sheet (its first column when merged). */
    record PlacedValue(CatalogCell cell, int row, int column) {
    }

    private final WorkbookStyles styles;

    OfficialSheet(WorkbookStyles styles) {
        this.styles = styles;
    }

    /**
     * @param title  the sheet title, merged across the table width
     * @param lines  lines under the title; each text of a line gets a cell of its own (the {@code 填报单位：…} and
     *               {@code 年度：…} of a template), a single text is centred across the width
     * @param tables the layouts of the template's tables, in order
     * @return where each value cell went
     */
    List<PlacedValue> write(Sheet sheet, String title, List<List<String>> lines,
                            Map<TemplateTable, OfficialTableLayout> tables, ValueCells values) {
        return write(sheet, title, lines, "", tables, values);
    }

    /**
     * As {@link #write(Sheet, String, List, Map, ValueCells)}, with a note in the row left blank between the lines and
     * the first table (no cell moves): that the totals lack units. Empty: the row stays blank.
     */
    List<PlacedValue> write(Sheet sheet, String title, List<List<String>> lines, String note,
                            Map<TemplateTable, OfficialTableLayout> tables, ValueCells values) {
        int columns = tables.values().stream().mapToInt(OfficialTableLayout::columns).max().orElse(1);
        int[] widths = columnWidths(tables, columns);
        for (int i = 0; i < columns; i++) {
            SheetFormat.columnWidth(sheet, i, widths[i]);
        }
        spanningText(sheet, 0, columns, title, styles.title).setHeightInPoints(TITLE_POINTS);
        int top = 1;
        for (List<String> line : lines) {
            line(sheet, top++, columns, line);
        }
        int frozenRows = top;
        if (!note.isEmpty()) {
            spanningText(sheet, top, columns, note, styles.note)
                    .setHeightInPoints(SheetFormat.lines(note, total(widths)) * SheetFormat.LINE_POINTS + 4);
            frozenRows = top + 1;
        }
        top++;
        List<PlacedValue> placed = new ArrayList<>();
        for (Map.Entry<TemplateTable, OfficialTableLayout> table : tables.entrySet()) {
            OfficialTableLayout layout = table.getValue();
            spanningText(sheet, top, columns, table.getKey().title(), styles.tableTitle)
                    .setHeightInPoints(TABLE_TITLE_POINTS);
            int gridTop = top + 1;
            if (tables.size() == 1) {
                frozenRows = gridTop + layout.headerRows();
            }
            placed.addAll(writeGrid(sheet, gridTop, layout, widths, values));
            top = gridTop + layout.rows() + 1;
        }
        sheet.createFreezePane(0, frozenRows);
        SheetFormat.printA4(sheet, total(widths), frozenRows);
        return placed;
    }

    private Row spanningText(Sheet sheet, int rowIndex, int columns, String text, CellStyle style) {
        Row row = sheet.createRow(rowIndex);
        Cell cell = row.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        if (columns > 1) {
            sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, columns - 1));
        }
        return row;
    }

    /** One text centred across the width, or several texts side by side, each in a cell of its own. */
    private void line(Sheet sheet, int rowIndex, int columns, List<String> texts) {
        if (texts.size() == 1) {
            spanningText(sheet, rowIndex, columns, texts.get(0), styles.subtitle);
            return;
        }
        Row row = sheet.createRow(rowIndex);
        row.setHeightInPoints(SheetFormat.LINE_POINTS + 6);
        int span = Math.max(1, columns / texts.size());
        for (int i = 0; i < texts.size(); i++) {
            int first = i * span;
            int last = i == texts.size() - 1 ? Math.max(first, columns - 1) : first + span - 1;
            Cell cell = row.createCell(first);
            cell.setCellValue(texts.get(i));
            cell.setCellStyle(styles.line);
            if (last > first) {
                sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, first, last));
            }
        }
    }

    private List<PlacedValue> writeGrid(Sheet sheet, int top, OfficialTableLayout layout, int[] widths,
                                        ValueCells values) {
        List<PlacedValue> placed = new ArrayList<>();
        for (int r = 0; r < layout.rows(); r++) {
            Row row = sheet.createRow(top + r);
            int lines = 1;
            for (int c = 0; c < layout.columns(); c++) {
                Cell cell = row.createCell(c);
                Box box = layout.boxAt(r, c).orElse(null);
                ValueSlot slot = layout.valueAt(r, c).orElse(null);
                if (box != null) {
                    cell.setCellStyle(style(box));
                    if (box.firstRow() == r && box.firstColumn() == c) {
                        cell.setCellValue(box.text());
                        lines = Math.max(lines, linesNeeded(box, widths));
                    }
                } else if (slot != null) {
                    cell.setCellStyle(values.style(slot.cell()));
                    if (slot.firstColumn() == c) {
                        values.write(cell, slot.cell());
                        placed.add(new PlacedValue(slot.cell(), top + r, c));
                    }
                } else {
                    cell.setCellStyle(styles.blank);
                }
            }
            row.setHeightInPoints(lines * SheetFormat.LINE_POINTS + 4);
        }
        for (Box box : layout.boxes()) {
            if (box.isMerged()) {
                sheet.addMergedRegion(new CellRangeAddress(top + box.firstRow(), top + box.lastRow(),
                        box.firstColumn(), box.lastColumn()));
            }
        }
        for (ValueSlot slot : layout.values()) {
            if (slot.firstColumn() != slot.lastColumn()) {
                sheet.addMergedRegion(new CellRangeAddress(top + slot.row(), top + slot.row(),
                        slot.firstColumn(), slot.lastColumn()));
            }
        }
        return placed;
    }

    private CellStyle style(Box box) {
        return switch (box.role()) {
            case CORNER, COLUMN_HEADER -> styles.formHeader;
            case CAPTION -> styles.caption;
            case HEADING -> styles.heading;
            case UNIT -> styles.centred;
            case ROW_LABEL -> styles.label;
        };
    }

    /** Lines of a box that sits in one row; a box merged down has room enough. */
    private static int linesNeeded(Box box, int[] widths) {
        if (box.firstRow() != box.lastRow()) {
            return 1;
        }
        int width = 0;
        for (int c = box.firstColumn(); c <= box.lastColumn(); c++) {
            width += widths[c];
        }
        return SheetFormat.lines(box.text(), width);
    }

    /**
     * Fits each column to the single-column texts in it, within bounds that depend on what the column holds: the
     * outer label columns of a nested label (三、本年度办理结果) narrow and wrapped, the innermost wide.
     */
    private static int[] columnWidths(Map<TemplateTable, OfficialTableLayout> tables, int columns) {
        int labels = tables.values().stream().mapToInt(OfficialTableLayout::labelColumns).max().orElse(1);
        int[] widths = new int[columns];
        for (OfficialTableLayout layout : tables.values()) {
            for (Box box : layout.boxes()) {
                if (box.firstColumn() == box.lastColumn()) {
                    int c = box.firstColumn();
                    widths[c] = Math.max(widths[c], SheetFormat.displayWidth(box.text()) + 2);
                }
            }
        }
        for (int c = 0; c < columns; c++) {
            if (c == labels - 1) {
                widths[c] = clamp(widths[c], 16, labels == 1 ? 60 : 36);
            } else if (c < labels) {
                widths[c] = clamp(widths[c], 8, 9);
            } else {
                widths[c] = clamp(widths[c], 10, 14);
            }
        }
        return widths;
    }

    private static int total(int[] widths) {
        int sum = 0;
        for (int width : widths) {
            sum += width;
        }
        return sum;
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
