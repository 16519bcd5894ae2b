package org.disclosurerollup.export;

import java.util.stream.IntStream;
import org.disclosurerollup.lastyear.YearOnYear;

/** 同比: this year's 全区 figures against last year's, with the change and the change in percent. */
final class YearOnYearSheet {

    private static final int[] WIDTHS = {8, 50, 24, 22, 12, 12, 12, 12, 40};

    private final WorkbookStyles styles;

    YearOnYearSheet(WorkbookStyles styles) {
        this.styles = styles;
    }

    void write(ListSheet sheet, ExportModel model) {
        YearOnYear comparison = model.yearOnYear();
        sheet.widths(WIDTHS);
        sheet.line().text(model.facts().district() + " " + comparison.title(model.area().wholeArea()), styles.tableTitle);
        if (!comparison.note().isEmpty()) {
            sheet.line().text(comparison.note(), styles.line);
        }
        String gaps = CompletenessNotes.ofYearOnYear(model.facts().year(), model.completeness().of(WorkbookWriter.ALL),
                comparison.lastYear().map(last -> last.year()).orElse(model.facts().year() - 1),
                model.completeness().lastYear());
        if (!gaps.isEmpty()) {
            sheet.spanning(gaps, styles.note, WIDTHS.length).setHeightInPoints(
                    SheetFormat.lines(gaps, IntStream.of(WIDTHS).sum()) * SheetFormat.LINE_POINTS + 2);
        }
        sheet.header("表", "指标（行）", "栏目（列）", "代码", "本年", "上年", "增减", "增减幅度", "说明");
        for (YearOnYear.Line line : comparison.lines()) {
            ListSheet.Line row = sheet.line().text(line.table()).text(line.row()).text(line.column()).text(line.code())
                    .number(line.thisYear(), line.amount() ? styles.amount : styles.integer)
                    .number(line.lastYear(), line.amount() ? styles.amount : styles.integer)
                    .number(line.change(), line.amount() ? styles.signedAmount : styles.signed);
            line.ratio().ifPresentOrElse(ratio -> row.number(ratio, styles.percent), row::blank);
            row.text(line.note());
        }
        sheet.freeze(0);
    }
}
