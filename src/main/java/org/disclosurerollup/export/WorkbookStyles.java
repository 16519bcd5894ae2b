package org.disclosurerollup.export;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The cell styles of the workbook, created once (a workbook holds at most 64,000 styles). */
final class WorkbookStyles {

    static final String FONT = "宋体";
    static final short FONT_POINTS = 11;

    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle tableTitle;
    final CellStyle header;
    final CellStyle caption;
    final CellStyle label;
    final CellStyle heading;
    final CellStyle centred;
    final CellStyle blank;
    final CellStyle integer;
    final CellStyle amount;
    /** A submitted amount, shown with all its places (at least two). */
    final CellStyle submittedAmount;
    final CellStyle key;
    final Line plain;
    final Line missing;
    final Line rejected;

    /** The styles of one line of a list sheet; {@code missing} and {@code rejected} lines are filled. */
    record Line(CellStyle text, CellStyle integer, CellStyle unwrapped) {
    }

    WorkbookStyles(Workbook workbook) {
        Font base = workbook.getFontAt(0);
        base.setFontName(FONT);
        base.setFontHeightInPoints(FONT_POINTS);
        Font bold = font(workbook, FONT_POINTS, true);
        title = style(workbook, font(workbook, (short) 16, true), false);
        title.setAlignment(HorizontalAlignment.CENTER);
        subtitle = style(workbook, base, false);
        subtitle.setAlignment(HorizontalAlignment.CENTER);
        tableTitle = style(workbook, font(workbook, (short) 13, true), false);
        header = bordered(workbook, bold, HorizontalAlignment.CENTER);
        fill(header, IndexedColors.GREY_25_PERCENT);
        caption = bordered(workbook, bold, HorizontalAlignment.LEFT);
        fill(caption, IndexedColors.GREY_25_PERCENT);
        label = bordered(workbook, base, HorizontalAlignment.LEFT);
        heading = bordered(workbook, bold, HorizontalAlignment.LEFT);
        centred = bordered(workbook, base, HorizontalAlignment.CENTER);
        blank = bordered(workbook, base, HorizontalAlignment.GENERAL);
        integer = number(workbook, base, "0");
        amount = number(workbook, base, "0.00");
        submittedAmount = number(workbook, base, "0.00########");
        key = bordered(workbook, bold, HorizontalAlignment.LEFT);
        plain = new Line(label, integer, unwrapped(workbook, base, null));
        missing = filled(workbook, base, IndexedColors.ROSE);
        rejected = filled(workbook, base, IndexedColors.LIGHT_YELLOW);
    }

    private static Line filled(Workbook workbook, Font font, IndexedColors colour) {
        CellStyle text = bordered(workbook, font, HorizontalAlignment.LEFT);
        fill(text, colour);
        CellStyle integer = number(workbook, font, "0");
        fill(integer, colour);
        return new Line(text, integer, unwrapped(workbook, font, colour));
    }

    private static CellStyle unwrapped(Workbook workbook, Font font, IndexedColors colour) {
        CellStyle style = bordered(workbook, font, HorizontalAlignment.LEFT);
        style.setWrapText(false);
        if (colour != null) {
            fill(style, colour);
        }
        return style;
    }

    private static Font font(Workbook workbook, short points, boolean bold) {
        Font font = workbook.createFont();
        font.setFontName(FONT);
        font.setFontHeightInPoints(points);
        font.setBold(bold);
        return font;
    }

    private static CellStyle style(Workbook workbook, Font font, boolean wrap) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setWrapText(wrap);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        return style;
    }

    private static CellStyle bordered(Workbook workbook, Font font, HorizontalAlignment alignment) {
        CellStyle style = style(workbook, font, true);
        style.setAlignment(alignment);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    private static CellStyle number(Workbook workbook, Font font, String format) {
        CellStyle style = bordered(workbook, font, HorizontalAlignment.RIGHT);
        style.setWrapText(false);
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    private static void fill(CellStyle style, IndexedColors colour) {
        style.setFillForegroundColor(colour.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
}
