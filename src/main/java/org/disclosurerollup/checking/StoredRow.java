package org.disclosurerollup.checking;

/** A row of {@code submitted_row} as step {@code loadSubmissionRows} stored it. */
record StoredRow(int itemNo, int rowNo, String codeText, String code, String rawValue, CellValue value,
                 boolean accepted, String reason) {
}
