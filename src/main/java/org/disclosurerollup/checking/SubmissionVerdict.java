package org.disclosurerollup.checking;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disclosurerollup.audit.Problem;
import org.disclosurerollup.submission.CellValue;
import org.disclosurerollup.submission.SubmissionStatus;

/**
 * The outcome of checking one submission: its status and row counts, the cells that count (derived totals included)
 * and the problems found. When one problem rejects the whole submission (a form of another template, another year's
 * table), {@code rowsCoveredBySubmissionProblem} are the rows whose own problems it replaces in the audit log.
 */
public record SubmissionVerdict(int fileId, String unitCode, String unitType, SubmissionStatus status, long rowsRead,
                                long rowsAccepted, long rowsOfAnotherYear, Map<String, CellValue> cells,
                                Set<String> derivedCodes, List<Integer> rowsCoveredBySubmissionProblem,
                                List<Problem> problems) {
}
