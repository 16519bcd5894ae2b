package org.disclosurerollup.checking;

/**
 * A row of {@code submitted_row} as step {@code loadSubmissionRows} stored it.
 *
 * @param sheet   the worksheet; {@code ""} for CSV
 * @param cellRef the value cell, such as {@code J47}; {@code ""} for CSV
 */
record StoredRow(int itemNo, String sheet, int rowNo, String cellRef, String codeText, String code, String rawValue, CellValue value,
                 boolean accepted, String reason) {
}
