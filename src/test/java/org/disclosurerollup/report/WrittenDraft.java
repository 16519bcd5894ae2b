package org.disclosurerollup.report;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.disclosurerollup.catalog.OfficialTableLayout;
import org.disclosurerollup.catalog.OfficialTableLayout.ValueSlot;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** A written draft read back with POI, as a person would read it: paragraphs, headings, tables, charts. */
final class WrittenDraft implements AutoCloseable {

    private static final Pattern MARKED = Pattern.compile("【请填写：[^】]*】");

    private final XWPFDocument document;

    private WrittenDraft(XWPFDocument document) {
        this.document = document;
    }

    static WrittenDraft read(Path docx) throws IOException {
        try (InputStream in = Files.newInputStream(docx)) {
            return new WrittenDraft(new XWPFDocument(in));
        }
    }

    XWPFDocument document() {
        return document;
    }

    /** The paragraphs outside tables, in order, empty ones left out. */
    List<String> paragraphs() {
        List<String> texts = new ArrayList<>();
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph && !paragraph.getText().isEmpty()) {
                texts.add(paragraph.getText());
            }
        }
        return texts;
    }

    /** The paragraphs in the document's outline (Word's navigation pane). */
    List<String> headings() {
        return document.getParagraphs().stream()
                .filter(p -> p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetOutlineLvl())
                .map(XWPFParagraph::getText).toList();
    }

    /** Every marked place {@code 【请填写：…】}, in order. */
    List<String> markedPlaces() {
        List<String> places = new ArrayList<>();
        for (String text : paragraphs()) {
            Matcher marked = MARKED.matcher(text);
            while (marked.find()) {
                places.add(marked.group());
            }
        }
        return places;
    }

    List<XWPFTable> tables() {
        return document.getTables();
    }

    /** The texts of a table's cells, row by row, each at the grid column where it starts. */
    static List<Map<Integer, XWPFTableCell>> grid(XWPFTable table) {
        List<Map<Integer, XWPFTableCell>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            Map<Integer, XWPFTableCell> cells = new LinkedHashMap<>();
            int column = 0;
            for (XWPFTableCell cell : row.getTableCells()) {
                cells.put(column, cell);
                column += span(cell);
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The text of each value cell of an official table, by code, found where the layout puts it. */
    static Map<String, String> values(XWPFTable table, OfficialTableLayout layout) {
        List<Map<Integer, XWPFTableCell>> grid = grid(table);
        Map<String, String> values = new LinkedHashMap<>();
        for (ValueSlot slot : layout.values()) {
            XWPFTableCell cell = grid.get(slot.row()).get(slot.firstColumn());
            values.put(slot.cell().code(), cell == null ? null : cell.getText());
        }
        return values;
    }

    static int span(XWPFTableCell cell) {
        CTTcPr properties = cell.getCTTc().getTcPr();
        return properties != null && properties.isSetGridSpan()
                ? ((BigInteger) properties.getGridSpan().getVal()).intValue() : 1;
    }

    /** {@code restart}, {@code continue}, or empty when the cell is not merged down. */
    static String verticalMerge(XWPFTableCell cell) {
        CTTcPr properties = cell.getCTTc().getTcPr();
        if (properties == null || !properties.isSetVMerge()) {
            return "";
        }
        return STMerge.RESTART.equals(properties.getVMerge().getVal()) ? "restart" : "continue";
    }

    /** The rows of the last table (the appendix), header included. */
    List<List<String>> appendixRows() {
        XWPFTable table = tables().get(tables().size() - 1);
        return table.getRows().stream()
                .map(row -> row.getTableCells().stream().map(XWPFTableCell::getText).toList()).toList();
    }

    /** The chart parts of the package. */
    List<String> chartParts() throws InvalidFormatException {
        return document.getPackage().getPartsByName(Pattern.compile("/word/charts/chart\\d+\\.xml")).stream()
                .map(part -> part.getPartName().getName()).toList();
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
