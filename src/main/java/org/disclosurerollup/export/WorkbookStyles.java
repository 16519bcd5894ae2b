package org.disclosurerollup.export;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.disclosurerollup.catalog.CatalogCell;
import org.disclosurerollup.catalog.CellType;
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
    /** The official form's 仿宋 for the 填报单位 / 年度 lines. */
    static final String LINE_FONT = "仿宋";
    /** 五号 (10.5 pt) in twentieths of a point, the size of the official tables' text. */
    static final short FONT_TWIPS = 210;
    /** Counts as the official reports print them: plain digits, no digit grouping. */
    static final String COUNT_FORMAT = "0";
    static final String AMOUNT_FORMAT = "0.00";
    static final String SIGNED_FORMAT = "+0;-0;0";
    static final String SIGNED_AMOUNT_FORMAT = "+0.00;-0.00;0.00";
    static final String PERCENT_FORMAT = "+0.0%;-0.0%;0.0%";
    /** 三号, the title. */
    static final short TITLE_POINTS = 16;
    /** 小四, table titles and the lines under the title. */
    static final short TABLE_TITLE_POINTS = 12;

    final CellStyle title;
    final CellStyle subtitle;
    /** A {@code 填报单位：…} or {@code 年度：…} line above a table. */
    final CellStyle line;
    final CellStyle tableTitle;
    /** A note under a title that the figures below lack units: dark red, wrapped. */
    final CellStyle note;
    /** A column header of a list sheet (filled). */
    final CellStyle header;
    /** A column header of an official table, printed as the official form prints it (not filled). */
    final CellStyle formHeader;
    final CellStyle caption;
    final CellStyle label;
    final CellStyle heading;
    final CellStyle centred;
    final CellStyle blank;
    final CellStyle integer;
    final CellStyle amount;
    /** A count that may be negative (V2019's 本年增/减), shown with its sign. */
    final CellStyle signed;
    /** An amount that may be negative (a change against last year), shown with its sign. */
    final CellStyle signedAmount;
    /** A change as a percentage with one decimal and its sign. */
    final CellStyle percent;
    /** A submitted amount, shown with all its places (at least two). */
    final CellStyle submittedAmount;
    final CellStyle key;
    final Line plain;
    final Line missing;
    final Line rejected;

    /** The styles of one line of a list sheet; {@code missing} and {@code rejected} lines are filled. */
    record Line(CellStyle text, CellStyle integer, CellStyle unwrapped) {
    }

    private final Workbook workbook;
    private final Map<CellStyle, CellStyle> quotePrefixed = new HashMap<>();

    /**
     * The style with Excel's quote prefix: the cell shows its text exactly, and stays text when a person edits it, so
     * a submitted {@code =1+2} is never run as a formula.
     */
    CellStyle quotePrefixed(CellStyle style) {
        return quotePrefixed.computeIfAbsent(style, plain -> {
            CellStyle quoted = workbook.createCellStyle();
            quoted.cloneStyleFrom(plain);
            quoted.setQuotePrefixed(true);
            return quoted;
        });
    }

    WorkbookStyles(Workbook workbook) {
        this.workbook = workbook;
        Font base = workbook.getFontAt(0);
        base.setFontName(FONT);
        base.setFontHeight(FONT_TWIPS);
        Font bold = font(workbook, FONT, FONT_TWIPS, true);
        title = style(workbook, font(workbook, FONT, (short) (TITLE_POINTS * 20), true), false);
        title.setAlignment(HorizontalAlignment.CENTER);
        subtitle = style(workbook, base, false);
        subtitle.setAlignment(HorizontalAlignment.CENTER);
        line = style(workbook, font(workbook, LINE_FONT, (short) (TABLE_TITLE_POINTS * 20), false), false);
        line.setAlignment(HorizontalAlignment.LEFT);
        tableTitle = style(workbook, font(workbook, FONT, (short) (TABLE_TITLE_POINTS * 20), true), false);
        header = bordered(workbook, bold, HorizontalAlignment.CENTER);
        fill(header, IndexedColors.GREY_25_PERCENT);
        formHeader = bordered(workbook, bold, HorizontalAlignment.CENTER);
        caption = bordered(workbook, bold, HorizontalAlignment.LEFT);
        label = bordered(workbook, base, HorizontalAlignment.LEFT);
        heading = bordered(workbook, bold, HorizontalAlignment.LEFT);
        centred = bordered(workbook, base, HorizontalAlignment.CENTER);
        blank = bordered(workbook, base, HorizontalAlignment.GENERAL);
        integer = number(workbook, base, COUNT_FORMAT);
        amount = number(workbook, base, AMOUNT_FORMAT);
        signed = number(workbook, base, SIGNED_FORMAT);
        signedAmount = number(workbook, base, SIGNED_AMOUNT_FORMAT);
        percent = number(workbook, base, PERCENT_FORMAT);
        submittedAmount = number(workbook, base, "0.00########");
        key = bordered(workbook, bold, HorizontalAlignment.LEFT);
        plain = new Line(label, integer, unwrapped(workbook, base, null));
        missing = filled(workbook, base, IndexedColors.ROSE);
        rejected = filled(workbook, base, IndexedColors.LIGHT_YELLOW);
        Font warning = font(workbook, FONT, FONT_TWIPS, true);
        warning.setColor(IndexedColors.DARK_RED.getIndex());
        note = style(workbook, warning, true);
        note.setAlignment(HorizontalAlignment.LEFT);
    }

    /** The style of a value cell of an official table. */
    CellStyle value(CatalogCell cell) {
        if (cell.isAmount()) {
            return amount;
        }
        return cell.type() == CellType.SIGNED ? signed : integer;
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

    private static Font font(Workbook workbook, String name, short twips, boolean bold) {
        Font font = workbook.createFont();
        font.setFontName(name);
        font.setFontHeight(twips);
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
