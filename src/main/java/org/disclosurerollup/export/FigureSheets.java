package org.disclosurerollup.export;

import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.disclosurerollup.catalog.CatalogCell;
import org.disclosurerollup.export.ExportModel.Scope;
import org.disclosurerollup.submission.CellValue;

/** The figures as lists: the totals by scope, one line per value cell (分类汇总), and each unit's submission, one line per unit (分单位). */
final class FigureSheets {

    static final String NOT_APPLICABLE = "—";
    private static final int FIGURE_WIDTH = 12;
    private static final String[] UNIT_COLUMNS = {"单位代码", "单位", "类型", "文件"};
    private static final int[] UNIT_WIDTHS = {14, 24, 10, 30};

    private final WorkbookStyles styles;

    FigureSheets(WorkbookStyles styles) {
        this.styles = styles;
    }

    void writeTotals(ListSheet sheet, ExportModel model) {
        String[] header = cellHeader(model.scopes().size());
        for (int i = 0; i < model.scopes().size(); i++) {
            header[3 + i] = model.scopes().get(i).label();
        }
        sheet.widths(widths(model.scopes().size())).header(header);
        for (CatalogCell cell : model.template().valueCells()) {
            ListSheet.Line line = describe(sheet.line(), cell);
            CellStyle style = cell.isAmount() ? styles.amount : styles.integer;
            for (Scope scope : model.scopes()) {
                line.number(OutputValues.shown(cell, OutputValues.total(model, scope.id(), cell.code())), style);
            }
        }
        sheet.freeze(3);
    }

    /**
     * One line per counted submission, in register order, with its cells across: the code above, the indicator under
     * it. A province has tens of thousands of units: they go down the sheet, read from the database as written.
     */
    void writeUnits(ListSheet sheet, ExportModel model) {
        List<CatalogCell> cells = model.template().valueCells();
        String[] codes = new String[UNIT_COLUMNS.length + cells.size()];
        String[] indicators = new String[codes.length];
        int[] widths = new int[codes.length];
        for (int i = 0; i < UNIT_COLUMNS.length; i++) {
            codes[i] = UNIT_COLUMNS[i];
            indicators[i] = "";
            widths[i] = UNIT_WIDTHS[i];
        }
        for (int i = 0; i < cells.size(); i++) {
            CatalogCell cell = cells.get(i);
            codes[UNIT_COLUMNS.length + i] = cell.code();
            indicators[UNIT_COLUMNS.length + i] = OutputValues.indicator(cell) + "（" + cell.unit() + "）";
            widths[UNIT_COLUMNS.length + i] = FIGURE_WIDTH;
        }
        sheet.widths(widths).header(codes).header(indicators);
        model.units().forEach(unit -> {
            ListSheet.Line line = sheet.line().text(unit.unitCode()).text(unit.unitName())
                    .text(OutputLabels.unitType(unit.unitType(), model.area())).text(unit.file());
            for (CatalogCell cell : cells) {
                CellValue value = unit.cells().getOrDefault(cell.code(), CellValue.EMPTY);
                switch (value.kind()) {
                    case NUMBER, ZERO -> line.number(value.number(),
                            cell.isAmount() ? styles.submittedAmount : styles.integer);
                    case NA -> line.text(NOT_APPLICABLE, styles.centred);
                    case EMPTY -> line.blank();
                }
            }
        });
        sheet.filter().freeze(2);
    }

    private static String[] cellHeader(int figureColumns) {
        String[] header = new String[3 + figureColumns];
        header[0] = "代码";
        header[1] = "指标";
        header[2] = "单位";
        return header;
    }

    private static ListSheet.Line describe(ListSheet.Line line, CatalogCell cell) {
        return line.text(cell.code()).text(OutputValues.indicator(cell)).text(cell.unit());
    }

    private static int[] widths(int figureColumns) {
        int[] widths = new int[3 + figureColumns];
        widths[0] = 14;
        widths[1] = 70;
        widths[2] = 6;
        for (int i = 3; i < widths.length; i++) {
            widths[i] = FIGURE_WIDTH;
        }
        return widths;
    }
}
