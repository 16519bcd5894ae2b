package org.disclosurerollup.reading;

/**
 * One data row as written in the file, before any interpretation.
 *
 * @param sheet     sheet name; {@code ""} for CSV
 * @param rowNumber 1-based physical line (row) where the record starts; the header line counts
 * @param cellRef   reference of the value cell; {@code ""} for CSV
 * @param unit      raw text of that column: {@code null} when the header has no such column, {@code ""} when the row
 *                  ends before it; the same for year, code, indicator, column and value
 * @param problem   {@code null}, or a Chinese message when the row is malformed (the job rejects it as
 *                  {@code malformed-row})
 */
public record RawRow(String sheet, int rowNumber, String cellRef, String unit, String year, String code,
                     String indicator, String column, String value, String problem) {

    public boolean malformed() {
        return problem != null;
    }
}
