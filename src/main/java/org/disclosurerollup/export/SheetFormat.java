package org.disclosurerollup.export;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** Page setup and text measures shared by the sheets. */
final class SheetFormat {

    static final float LINE_POINTS = 14.5f;
    /** What fits across portrait A4 between the side margins, in character widths of the 10.5-point font. */
    static final int PORTRAIT_CHARACTERS = 100;
    static final double SIDE_MARGIN_INCHES = 0.5;
    static final double TOP_MARGIN_INCHES = 0.6;
    static final double EDGE_MARGIN_INCHES = 0.3;
    private static final int MAX_COLUMN_CHARACTERS = 255;

    private SheetFormat() {
    }

    /** Landscape A4, all columns on one page wide. */
    static void printLandscapeA4(Sheet sheet) {
        printA4(sheet, Integer.MAX_VALUE, 0);
    }

    /**
     * A4, portrait when the columns fit its width at full size and landscape otherwise, all columns on one page wide,
     * the first {@code repeatedRows} rows printed again on every page, page numbers in the footer.
     */
    static void printA4(Sheet sheet, int widthInCharacters, int repeatedRows) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(widthInCharacters > PORTRAIT_CHARACTERS);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(PageMargin.LEFT, SIDE_MARGIN_INCHES);
        sheet.setMargin(PageMargin.RIGHT, SIDE_MARGIN_INCHES);
        sheet.setMargin(PageMargin.TOP, TOP_MARGIN_INCHES);
        sheet.setMargin(PageMargin.BOTTOM, TOP_MARGIN_INCHES);
        sheet.setMargin(PageMargin.HEADER, EDGE_MARGIN_INCHES);
        sheet.setMargin(PageMargin.FOOTER, EDGE_MARGIN_INCHES);
        if (repeatedRows > 0) {
            sheet.setRepeatingRows(new CellRangeAddress(0, repeatedRows - 1, -1, -1));
        }
        sheet.getFooter().setCenter("第 &P 页，共 &N 页");
    }

    /** The width of a text in character widths of the default font: CJK and full-width characters count two. */
    static int displayWidth(String text) {
        if (text == null) {
            return 0;
        }
        return text.codePoints().map(c -> c >= 0x1100 ? 2 : 1).sum();
    }

    /** The lines a wrapped text needs in a cell {@code width} character widths wide. */
    static int lines(String text, int width) {
        int usable = Math.max(1, width - 1);
        return Math.max(1, (displayWidth(text) + usable - 1) / usable);
    }

    static void columnWidth(Sheet sheet, int column, int characters) {
        sheet.setColumnWidth(column, Math.min(MAX_COLUMN_CHARACTERS, characters) * 256);
    }
}
