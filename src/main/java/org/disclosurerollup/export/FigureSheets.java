package org.disclosurerollup.export;

import org.apache.poi.ss.usermodel.CellStyle;
import org.disclosurerollup.catalog.CatalogCell;
import org.disclosurerollup.checking.CellValue;
import org.disclosurerollup.export.ExportModel.Scope;
import org.disclosurerollup.export.ExportModel.UnitFigures;

/** The figures as lists, one line per value cell: totals by scope (分类汇总) and each unit's submission (分单位). */
final class FigureSheets {

    static final String NOT_APPLICABLE = "—";
    private static final int FIGURE_WIDTH = 12;

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

    void writeUnits(ListSheet sheet, ExportModel model) {
        String[] header = cellHeader(model.units().size());
        for (int i = 0; i < model.units().size(); i++) {
            header[3 + i] = model.units().get(i).unitName();
        }
        sheet.widths(widths(model.units().size())).header(header);
        for (CatalogCell cell : model.template().valueCells()) {
            ListSheet.Line line = describe(sheet.line(), cell);
            CellStyle style = cell.isAmount() ? styles.submittedAmount : styles.integer;
            for (UnitFigures unit : model.units()) {
                CellValue value = unit.cells().getOrDefault(cell.code(), CellValue.EMPTY);
                switch (value.kind()) {
                    case NUMBER, ZERO -> line.number(value.number(), style);
                    case NA -> line.text(NOT_APPLICABLE, styles.centred);
                    case EMPTY -> line.blank();
                }
            }
        }
        sheet.freeze(3);
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
