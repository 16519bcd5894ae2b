package org.disclosurerollup.reading;

import java.util.List;

/**
 * The sheet of an Excel file that holds the long layout.
 *
 * @param index  0-based position among the workbook's sheets
 * @param name   as the sheet tab shows it
 * @param merged merged cells below the header (found when the file was inspected, as an {@code .xlsx} lists them only
 *               after its rows)
 */
public record ExcelSheet(int index, String name, List<MergedRange> merged) {

    public ExcelSheet {
        merged = List.copyOf(merged);
    }

    /**
     * A block of merged cells: its first cell's text stands for all of it.
     *
     * @param firstRow 0-based, as POI counts rows and columns
     */
    public record MergedRange(int firstRow, int lastRow, int firstColumn, int lastColumn) {

        boolean contains(int row, int column) {
            return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
        }
    }
}
