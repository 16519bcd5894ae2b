package org.disclosurerollup.export;

import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.disclosurerollup.catalog.CatalogCell;
import org.disclosurerollup.catalog.TemplateTable;
import org.disclosurerollup.export.OfficialTableLayout.Box;
import org.disclosurerollup.export.OfficialTableLayout.ValueSlot;

/** Renders a template's official tables, one under the other, on one sheet (全区 or 区本级). */
final class OfficialSheet {

    private static final int TITLE_ROWS = 2;
    private static final float TITLE_POINTS = 26f;

    private final WorkbookStyles styles;

    OfficialSheet(WorkbookStyles styles) {
        this.styles = styles;
    }

    /**
     * @param tables  the layouts of the template's tables, in order
     * @param valueOf the value shown for a catalog cell (rounded as printed)
     */
    void write(Sheet sheet, String title, String subtitle, Map<TemplateTable, OfficialTableLayout> tables,
               Function<CatalogCell, BigDecimal> valueOf) {
        int columns = tables.values().stream().mapToInt(OfficialTableLayout::columns).max().orElse(1);
        int[] widths = columnWidths(tables, columns);
        for (int i = 0; i < columns; i++) {
            SheetFormat.columnWidth(sheet, i, widths[i]);
        }
        spanningText(sheet, 0, columns, title, styles.title).setHeightInPoints(TITLE_POINTS);
        spanningText(sheet, 1, columns, subtitle, styles.subtitle);
        int top = TITLE_ROWS + 1;
        int frozenRows = TITLE_ROWS;
        for (Map.Entry<TemplateTable, OfficialTableLayout> table : tables.entrySet()) {
            OfficialTableLayout layout = table.getValue();
            spanningText(sheet, top, columns, table.getKey().title(), styles.tableTitle)
                    .setHeightInPoints(TITLE_POINTS * 0.8f);
            int gridTop = top + 1;
            if (tables.size() == 1) {
                frozenRows = gridTop + layout.headerRows();
            }
            writeGrid(sheet, gridTop, layout, widths, valueOf);
            top = gridTop + layout.rows() + 1;
        }
        sheet.createFreezePane(0, frozenRows);
        SheetFormat.printLandscapeA4(sheet);
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

    private void writeGrid(Sheet sheet, int top, OfficialTableLayout layout, int[] widths,
                           Function<CatalogCell, BigDecimal> valueOf) {
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
                    cell.setCellStyle(slot.cell().isAmount() ? styles.amount : styles.integer);
                    if (slot.firstColumn() == c) {
                        cell.setCellValue(valueOf.apply(slot.cell()).doubleValue());
                    }
                } else {
                    cell.setCellStyle(styles.blank);
                }
            }
            row.setHeightInPoints(lines * SheetFormat.LINE_POINTS + 2);
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
    }

    private CellStyle style(Box box) {
        return switch (box.role()) {
            case CORNER, COLUMN_HEADER -> styles.header;
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

    /** Fits each column to the single-column texts in it, within bounds that depend on what the column holds. */
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
                widths[c] = clamp(widths[c], 16, labels == 1 ? 60 : 40);
            } else if (c < labels) {
                widths[c] = clamp(widths[c], 8, 14);
            } else {
                widths[c] = clamp(widths[c], 10, 16);
            }
        }
        return widths;
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
