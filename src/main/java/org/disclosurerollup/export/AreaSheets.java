package org.disclosurerollup.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.IntStream;
import org.disclosurerollup.catalog.CatalogCell;
import org.disclosurerollup.export.ExportModel.LowerArea;
import org.disclosurerollup.report.MainFigures;
import org.disclosurerollup.submission.CellValue;

/**
 * The areas below, at a city or a province: 分地区, one line per area with where its figures come from and every cell
 * (the area's own per-unit list, one level up), and 地区同比, each area's main figures against last year.
 */
final class AreaSheets {

    static final String AREAS_SHEET = "分地区";
    static final String AREAS_YEAR_ON_YEAR_SHEET = "地区同比";
    /** The scope of the lower areas summed, whose gaps the 分地区 sheet states. */
    static final String REGION_SCOPE = "region";
    private static final String[] AREA_COLUMNS = {"代码", "地区", "文件", "汇总来源"};
    private static final int[] AREA_WIDTHS = {12, 18, 30, 50};
    private static final int FIGURE_WIDTH = 12;

    private final WorkbookStyles styles;

    AreaSheets(WorkbookStyles styles) {
        this.styles = styles;
    }

    void writeAreas(ListSheet sheet, ExportModel model) {
        List<CatalogCell> cells = model.template().valueCells();
        String[] codes = new String[AREA_COLUMNS.length + cells.size()];
        String[] indicators = new String[codes.length];
        int[] widths = new int[codes.length];
        for (int i = 0; i < AREA_COLUMNS.length; i++) {
            codes[i] = AREA_COLUMNS[i];
            indicators[i] = "";
            widths[i] = AREA_WIDTHS[i];
        }
        for (int i = 0; i < cells.size(); i++) {
            codes[AREA_COLUMNS.length + i] = cells.get(i).code();
            indicators[AREA_COLUMNS.length + i] = OutputValues.indicator(cells.get(i)) + "（" + cells.get(i).unit() + "）";
            widths[AREA_COLUMNS.length + i] = FIGURE_WIDTH;
        }
        sheet.widths(widths);
        String gaps = CompletenessNotes.ofTotals(model.completeness().of(REGION_SCOPE));
        if (!gaps.isEmpty()) {
            sheet.spanning(gaps, styles.note, AREA_COLUMNS.length).setHeightInPoints(
                    SheetFormat.lines(gaps, IntStream.of(AREA_WIDTHS).sum()) * SheetFormat.LINE_POINTS + 2);
        }
        sheet.header(codes).header(indicators);
        for (LowerArea area : model.lowerAreas()) {
            ListSheet.Line line = sheet.line().text(area.unitCode()).text(area.name()).text(area.file())
                    .text(area.source());
            for (CatalogCell cell : cells) {
                CellValue value = area.cells().getOrDefault(cell.code(), CellValue.EMPTY);
                switch (value.kind()) {
                    case NUMBER, ZERO -> line.number(value.number(),
                            cell.isAmount() ? styles.submittedAmount : styles.integer);
                    case NA -> line.text(FigureSheets.NOT_APPLICABLE, styles.centred);
                    case EMPTY -> line.blank();
                }
            }
        }
        sheet.filter().freeze(2);
    }

    void writeYearOnYear(ListSheet sheet, ExportModel model) {
        List<MainFigures.MainFigure> figures = MainFigures.of(model.template());
        sheet.widths(18, 36, 12, 12, 12, 12);
        sheet.line().text(model.facts().district() + " " + model.facts().year() + "年各" + model.area().lowerArea()
                + "主要数字与上年比较" + (model.yearOnYear().compared() ? "（上年：" + model.yearOnYear().lastYear()
                .orElseThrow().year() + "年汇总，运行编号 " + model.yearOnYear().lastYear().orElseThrow().runId() + "）"
                : "（数据库中没有上年已完成的汇总）"), styles.tableTitle);
        sheet.header("地区", "指标", "本年", "上年", "增减", "增减幅度");
        for (LowerArea area : model.lowerAreas()) {
            for (MainFigures.MainFigure figure : figures) {
                BigDecimal now = figure.codes().stream().map(code -> area.cells().getOrDefault(code, CellValue.EMPTY)
                        .forSums()).reduce(BigDecimal.ZERO, BigDecimal::add);
                ListSheet.Line line = sheet.line().text(area.name()).text(figure.label())
                        .number(now, figure.amount() ? styles.amount : styles.integer);
                BigDecimal before = area.lastYear().get(figure.label());
                if (before == null) {
                    line.blank().blank().blank();
                    continue;
                }
                line.number(before, figure.amount() ? styles.amount : styles.integer)
                        .number(now.subtract(before), figure.amount() ? styles.signedAmount : styles.signed);
                if (before.signum() == 0) {
                    line.blank();
                } else {
                    line.number(now.subtract(before).divide(before, 3, RoundingMode.HALF_UP), styles.percent);
                }
            }
        }
        sheet.filter().freeze(1);
    }
}
