package org.disclosurerollup.checking;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disclosurerollup.audit.Problem;

/**
 * The outcome of checking one submission: its status and row counts, the cells that count (derived totals included),
 * the rows rejected as duplicate cells, and the problems found. When one problem rejects the whole submission (a
 * form of another template), {@code rowsCoveredByFileProblem} are the rows whose own lines it replaces in the audit log.
 */
public record SubmissionVerdict(SubmissionKey key, String unitType, SubmissionStatus status, long rowsRead,
                                long rowsAccepted, Map<String, CellValue> cells, Set<String> derivedCodes,
                                List<DuplicateRow> duplicateRows, List<Integer> rowsCoveredByFileProblem,
                                List<Problem> problems) {

    /** A row rejected because its cell was submitted twice with different values. */
    public record DuplicateRow(int itemNo, String message) {
    }

    public long rowsRejected() {
        return rowsRead - rowsAccepted;
    }
}
