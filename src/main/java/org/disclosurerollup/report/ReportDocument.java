package org.disclosurerollup.report;

import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;

/**
 * The report's page and type, in the manner of official documents (GB/T 9704): A4, title in 宋体 二号 bold, headings
 * in 黑体 and 楷体, text in 仿宋 三号 on a 28-point line, first lines indented two characters. Text between
 * {@code 【】} is highlighted, so that a person finds every marked place with Ctrl-F.
 */
final class ReportDocument {

    static final String TITLE_FONT = "宋体";
    static final String HEADING_FONT = "黑体";
    static final String SUBHEADING_FONT = "楷体";
    static final String BODY_FONT = "仿宋";
    static final String TABLE_FONT = "宋体";
    static final double BODY_POINTS = 16;
    static final double TITLE_POINTS = 22;
    static final double SMALL_POINTS = 10.5;

    /** A4 in twentieths of a point, and the text width between the margins. */
    static final int PAGE_WIDTH = 11906;
    static final int PAGE_HEIGHT = 16838;
    static final int MARGIN_LEFT = 1588;
    static final int MARGIN_RIGHT = 1474;
    static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    private static final int MARGIN_TOP = 2098;
    private static final int MARGIN_BOTTOM = 1984;
    private static final int LINE_POINTS = 28;
    private static final int TWO_CHARACTERS = 640;

    static final String MARK_COLOUR = "yellow";
    private static final Pattern MARKED = Pattern.compile("【[^】]*】");

    private final XWPFDocument document;

    ReportDocument(XWPFDocument document) {
        this.document = document;
        page();
    }

    XWPFDocument document() {
        return document;
    }

    void title(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingAfter(400);
        XWPFRun run = paragraph.createRun();
        font(run, TITLE_FONT, TITLE_POINTS, true);
        run.setText(text);
    }

    void heading(String text) {
        outlined(text, HEADING_FONT, 0);
    }

    void subheading(String text) {
        outlined(text, SUBHEADING_FONT, 1);
    }

    /** A paragraph of text; its {@code 【…】} parts highlighted. */
    XWPFParagraph paragraph(String text) {
        XWPFParagraph paragraph = body();
        append(paragraph, text);
        return paragraph;
    }

    void append(XWPFParagraph paragraph, String text) {
        Matcher marked = MARKED.matcher(text);
        int from = 0;
        while (marked.find()) {
            run(paragraph, text.substring(from, marked.start()), false);
            run(paragraph, marked.group(), true);
            from = marked.end();
        }
        run(paragraph, text.substring(from), false);
    }

    /** A marked place: {@code 【请填写：hint】}. */
    void fill(String hint) {
        paragraph("【请填写：" + hint + "】");
    }

    /** A short centred line in bold: the title of a chart or of an attached table. */
    void caption(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setKeepNext(true);
        paragraph.setSpacingBefore(120);
        XWPFRun run = paragraph.createRun();
        font(run, BODY_FONT, BODY_POINTS, true);
        run.setText(text);
    }

    /** A line in small type under a chart or table. */
    void smallNote(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setSpacingAfter(120);
        XWPFRun run = paragraph.createRun();
        font(run, BODY_FONT, SMALL_POINTS);
        run.setText(text);
    }

    void pageBreak() {
        document.createParagraph().setPageBreak(true);
    }

    static void font(XWPFRun run, String font, double points) {
        font(run, font, points, false);
    }

    /** Font, weight and size, written in the order of the first edition of the format (Word 2007). */
    static void font(XWPFRun run, String font, double points, boolean bold) {
        run.setFontFamily(font, XWPFRun.FontCharRange.ascii);
        run.setFontFamily(font, XWPFRun.FontCharRange.hAnsi);
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        if (bold) {
            run.setBold(true);
        }
        run.setFontSize(points);
    }

    private XWPFParagraph body() {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        paragraph.setIndentationFirstLine(TWO_CHARACTERS);
        paragraph.setSpacingBetween(LINE_POINTS, LineSpacingRule.EXACT);
        return paragraph;
    }

    private void run(XWPFParagraph paragraph, String text, boolean marked) {
        if (text.isEmpty()) {
            return;
        }
        XWPFRun run = paragraph.createRun();
        font(run, BODY_FONT, BODY_POINTS);
        if (marked) {
            run.setTextHighlightColor(MARK_COLOUR);
        }
        run.setText(text);
    }

    /** A heading in the document's outline, so that Word's navigation pane lists it. */
    private void outlined(String text, String font, int level) {
        XWPFParagraph paragraph = body();
        paragraph.setKeepNext(true);
        CTPPr properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
        properties.addNewOutlineLvl().setVal(BigInteger.valueOf(level));
        XWPFRun run = paragraph.createRun();
        font(run, font, BODY_POINTS);
        run.setText(text);
    }

    private void page() {
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr() : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(851));
        margins.setFooter(BigInteger.valueOf(992));
        pageNumbers();
    }

    /** {@code — 1 —} centred at the foot of every page. */
    private void pageNumbers() {
        XWPFParagraph paragraph = document.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun before = paragraph.createRun();
        font(before, TITLE_FONT, 14);
        before.setText("— ");
        CTSimpleField page = paragraph.getCTP().addNewFldSimple();
        page.setInstr(" PAGE ");
        XWPFRun after = paragraph.createRun();
        font(after, TITLE_FONT, 14);
        after.setText(" —");
    }
}
