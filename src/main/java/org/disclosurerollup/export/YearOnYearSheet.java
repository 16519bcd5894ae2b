package org.disclosurerollup.export;

import org.disclosurerollup.lastyear.YearOnYear;

/** 同比: this year's 全区 figures against last year's, with the change and the change in percent. */
final class YearOnYearSheet {

    private final WorkbookStyles styles;

    YearOnYearSheet(WorkbookStyles styles) {
        this.styles = styles;
    }

    void write(ListSheet sheet, ExportModel model) {
        YearOnYear comparison = model.yearOnYear();
        sheet.widths(8, 50, 24, 22, 12, 12, 12, 12, 40);
        sheet.line().text(model.facts().district() + " " + comparison.title(model.area().wholeArea()), styles.tableTitle);
        if (!comparison.note().isEmpty()) {
            sheet.line().text(comparison.note(), styles.line);
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
