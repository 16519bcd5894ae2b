package org.disclosurerollup.checking;

import org.disclosurerollup.submission.CellValue;

/**
 * A checked row of a submission, as the submission's own checks need it.
 *
 * @param sheet   the worksheet; {@code ""} for CSV
 * @param cellRef the value cell, such as {@code J47}; {@code ""} for CSV
 * @param value   null for a rejected row
 */
record GivenRow(int itemNo, String sheet, int rowNo, String cellRef, String code, String rawValue, CellValue value) {

    static GivenRow of(CheckedRow row) {
        return new GivenRow(row.itemNo(), row.sheet(), row.rowNo(), row.cellRef(), row.code(), row.rawValue(),
                row.value());
    }
}
