package org.disclosurerollup.checking;

import java.math.BigDecimal;
import java.util.List;
import org.disclosurerollup.audit.Problem;
import org.disclosurerollup.audit.Reason;
import org.disclosurerollup.submission.CellValue;
import org.disclosurerollup.submission.ValueKind;

/**
 * A submitted row after the row checks (not kept as such: its problems are, and its value goes into its submission's figures): accepted with its normalised value, or
 * rejected with a reason. Either way it keeps its file, sheet, row number and the raw text.
 *
 * @param unitCode the resolved unit, also on rejected rows (so the row counts for its submission); null if unknown
 * @param codeText the code or indicator (and column) as submitted
 * @param code     the catalog code, null if it could not be found
 * @param problems the rejection (if any) and warnings, stored with the row in the same transaction
 * @param otherYear for a row rejected as {@code year-mismatch} that names a year, that year; null otherwise
 */
public record CheckedRow(int fileId, int itemNo, String sheet, int rowNo, String cellRef, String unitText,
                         String unitCode, String codeText, String code, String rawValue, CellValue value, Reason rejection,
                         String message, List<Problem> problems, Integer otherYear) {

    public CheckedRow {
        problems = List.copyOf(problems);
    }

    public boolean accepted() {
        return rejection == null;
    }

    public ValueKind kind() {
        return value == null ? null : value.kind();
    }

    public BigDecimal number() {
        return value == null ? null : value.number();
    }
}
