package org.disclosurerollup.report;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/** The report's tables: fixed column widths, centred, single borders, 宋体 小五. */
final class WordTables {

    static final double TABLE_POINTS = 9;
    private static final int CELL_MARGIN = 57;

    private WordTables() {
    }

    /** An empty table with a grid of these column widths (twentieths of a point). */
    static XWPFTable create(XWPFDocument document, int[] widths) {
        XWPFTable table = document.createTable();
        table.removeRow(0);
        CTTblPr properties = table.getCTTbl().getTblPr();
        properties.addNewTblLayout().setType(STTblLayoutType.FIXED);
        table.setWidth(String.valueOf(span(widths, 0, widths.length - 1)));
        properties.getTblW().setType(STTblWidth.DXA);
        table.setTableAlignment(TableRowAlign.CENTER);
        table.setCellMargins(0, CELL_MARGIN, 0, CELL_MARGIN);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        return table;
    }

    /** A new last row, without cells, not split across pages; a header row repeats on every page. */
    static XWPFTableRow row(XWPFTable table, boolean header) {
        XWPFTableRow row = table.insertNewTableRow(table.getNumberOfRows());
        row.setCantSplitRow(true);
        if (header) {
            row.setRepeatHeader(true);
        }
        return row;
    }

    /** Keeps the row on the page of the next row. */
    static void keepWithNext(XWPFTableRow row) {
        for (XWPFTableCell cell : row.getTableCells()) {
            for (XWPFParagraph paragraph : cell.getParagraphs()) {
                if (!paragraph.getCTP().isSetPPr()) {
                    paragraph.getCTP().addNewPPr();
                }
                paragraph.setKeepNext(true);
            }
        }
    }

    /** A cell over grid columns {@code first} to {@code last}, its content centred vertically. */
    static XWPFTableCell cell(XWPFTableRow row, int[] widths, int first, int last) {
        XWPFTableCell cell = row.createCell();
        CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        properties.addNewTcW().setW(BigInteger.valueOf(span(widths, first, last)));
        properties.getTcW().setType(STTblWidth.DXA);
        if (last > first) {
            properties.addNewGridSpan().setVal(BigInteger.valueOf(last - first + 1L));
        }
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        return cell;
    }

    static void text(XWPFTableCell cell, String text, ParagraphAlignment alignment, boolean bold) {
        XWPFParagraph paragraph = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(0);
        paragraph.setSpacingBefore(0);
        XWPFRun run = paragraph.createRun();
        ReportDocument.font(run, ReportDocument.TABLE_FONT, TABLE_POINTS, bold);
        run.setText(text);
    }

    /** Widths in proportion to {@code weights} that add up to {@code total}. */
    static int[] scaled(int[] weights, int total) {
        long sum = 0;
        for (int weight : weights) {
            sum += weight;
        }
        int[] widths = new int[weights.length];
        int given = 0;
        for (int c = 0; c < weights.length; c++) {
            widths[c] = c == weights.length - 1 ? total - given : (int) (weights[c] * (long) total / sum);
            given += widths[c];
        }
        return widths;
    }

    private static int span(int[] widths, int first, int last) {
        int sum = 0;
        for (int c = first; c <= last; c++) {
            sum += widths[c];
        }
        return sum;
    }
}
