package org.disclosurerollup.reading;

import java.util.List;
import java.util.Map;

/** What {@link OfficialFormReader} found in a workbook. */
public sealed interface OfficialFormReading {

    /**
     * The official table(s) of one template.
     *
     * @param template     the template whose labels matched most cells: {@code V2014}, {@code V2019}, {@code V2021}
     * @param unit         the text after {@code 填报单位：} (or {@code 单位：}) above the table, or null
     * @param blankUnit    when {@code unit} is null, where a {@code 填报单位：} line stands with nothing after it; or null
     * @param year         the text after {@code 年度：} (or {@code 年份：}, or the digits of {@code 2024年度}), or null
     * @param rows         one row per value cell found, blank ones included, in sheet, row, column order; a row with
     *                     {@code problem} set is a value next to a label the template does not know, or whose labels
     *                     fit several cells (to reject as {@code malformed-row})
     * @param cellsFound   for every template, how many of its cells the workbook's labels name: why this one
     */
    record Form(String template, String unit, Place blankUnit, String year, List<RawRow> rows,
                Map<String, Integer> cellsFound) implements OfficialFormReading {
        public Form {
            rows = List.copyOf(rows);
            cellsFound = Map.copyOf(cellsFound);
        }

        /**
         * The form as the submission of the unit and year given by the content beside it (a lower area's run facts):
         * every row names them, whatever the file is called.
         */
        public Form of(String unit, String year) {
            List<RawRow> named = rows.stream().map(row -> new RawRow(row.sheet(), row.rowNumber(), row.cellRef(), unit,
                    year, row.code(), row.indicator(), row.column(), row.value(), row.problem())).toList();
            return new Form(template, unit, null, year, named, cellsFound);
        }
    }

    /** A cell of the workbook. */
    record Place(String sheet, String cellRef) {

        /** {@code 工作表“表格”的单元格A2}, as a message says it. */
        public String shown() {
            return "工作表“" + sheet + "”的单元格" + cellRef;
        }
    }

    /**
     * No official table: to reject the file as {@code missing-label}.
     *
     * @param textsSeen the first texts of the workbook, for the message
     * @param message   Chinese, names what was seen and what to do
     */
    record NoForm(List<String> textsSeen, String message) implements OfficialFormReading {
        public NoForm {
            textsSeen = List.copyOf(textsSeen);
        }
    }
}
