package org.disclosurerollup.report;

import org.disclosurerollup.catalog.CatalogCell;
import org.disclosurerollup.catalog.Template;

/**
 * A figure to check before the report is published: a line of the appendix 发布前请核对的数字.
 *
 * @param unit        the reporting unit (or the whole area)
 * @param figure      what the figure is: a label and its code(s)
 * @param thisYear    the figure this year, as shown
 * @param reference   last year's figure, or what it was compared with; may be empty
 * @param whatToCheck what a person should check, and why the line is here
 */
public record VerifyLine(String unit, String figure, String thisYear, String reference, String whatToCheck) {

    public VerifyLine {
        reference = reference == null ? "" : reference;
    }

    /**
     * A warning of the run that affects the totals (a total derived from its parts, an amount converted from 元 to 万元,
     * a broken {@code warn} rule): the cell named by its labels and code.
     */
    public static VerifyLine warning(String unit, Template template, String code, String value, String message) {
        String figure = template.cell(code).map(VerifyLine::label).orElse(code);
        return new VerifyLine(unit, figure, value == null ? "" : value, "", message);
    }

    private static String label(CatalogCell cell) {
        String row = cell.rowLabel().substring(cell.rowLabel().lastIndexOf('/') + 1);
        String column = cell.colLabel().substring(cell.colLabel().lastIndexOf('/') + 1);
        return (column.isEmpty() ? row : row + " · " + column) + "（" + cell.code() + "）";
    }
}
