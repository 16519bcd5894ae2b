package org.disclosurerollup.export;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;

/** Page setup and text measures shared by the sheets. */
final class SheetFormat {

    static final float LINE_POINTS = 14.5f;
    private static final int MAX_COLUMN_CHARACTERS = 255;

    private SheetFormat() {
    }

    /** Landscape A4, all columns on one page wide. */
    static void printLandscapeA4(Sheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
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
