package org.disclosurerollup.report;

import java.util.function.Function;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.disclosurerollup.catalog.CatalogCell;
import org.disclosurerollup.catalog.OfficialTableLayout;
import org.disclosurerollup.catalog.OfficialTableLayout.Box;
import org.disclosurerollup.catalog.OfficialTableLayout.Role;
import org.disclosurerollup.catalog.OfficialTableLayout.ValueSlot;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Writes an official table into the report as a Word table, from the same {@link OfficialTableLayout} as the
 * workbook's sheets: every box and value slot becomes one cell, a box spanning columns a cell with a grid span, a box
 * spanning rows a cell merged down. Header rows repeat on every page.
 */
final class OfficialTables {

    private static final int ROWS_KEPT_TOGETHER = 20;

    private final XWPFDocument document;

    OfficialTables(XWPFDocument document) {
        this.document = document;
    }

    /**
     * A table of a few rows is kept on one page; a long one repeats its header on every page, unless it has sections
     * with headers of their own (表二), whose first header would mislabel the others.
     *
     * @param values the text of each value cell
     */
    XWPFTable write(OfficialTableLayout layout, Function<CatalogCell, String> values) {
        int[] widths = TableWidths.of(layout, ReportDocument.TEXT_WIDTH);
        XWPFTable table = WordTables.create(document, widths);
        boolean oneHeader = layout.boxes().stream().noneMatch(box -> box.role() == Role.CAPTION);
        boolean few = layout.rows() <= ROWS_KEPT_TOGETHER;
        for (int r = 0; r < layout.rows(); r++) {
            XWPFTableRow row = WordTables.row(table, oneHeader && r < layout.headerRows());
            int c = 0;
            while (c < layout.columns()) {
                c = cell(row, layout, r, c, widths, values);
            }
            if (few && r < layout.rows() - 1) {
                WordTables.keepWithNext(row);
            }
        }
        return table;
    }

    /** Writes the cell that starts at column {@code c} of row {@code r}; returns the column after it. */
    private static int cell(XWPFTableRow row, OfficialTableLayout layout, int r, int c, int[] widths,
                            Function<CatalogCell, String> values) {
        Box box = layout.boxAt(r, c).orElse(null);
        ValueSlot slot = box == null ? layout.valueAt(r, c).orElse(null) : null;
        int last = box != null ? box.lastColumn() : slot != null ? slot.lastColumn() : c;
        XWPFTableCell cell = WordTables.cell(row, widths, c, last);
        if (box != null && box.firstRow() != box.lastRow()) {
            cell.getCTTc().getTcPr().addNewVMerge().setVal(r == box.firstRow() ? STMerge.RESTART : STMerge.CONTINUE);
        }
        if (box != null && r == box.firstRow()) {
            WordTables.text(cell, box.text(), alignment(box.role()), bold(box.role()));
        } else if (slot != null) {
            WordTables.text(cell, values.apply(slot.cell()), ParagraphAlignment.CENTER, false);
        }
        return last + 1;
    }

    private static ParagraphAlignment alignment(Role role) {
        return switch (role) {
            case ROW_LABEL, HEADING -> ParagraphAlignment.LEFT;
            case CORNER, COLUMN_HEADER, CAPTION, UNIT -> ParagraphAlignment.CENTER;
        };
    }

    private static boolean bold(Role role) {
        return role == Role.CORNER || role == Role.COLUMN_HEADER || role == Role.CAPTION || role == Role.HEADING;
    }
}
