package org.disclosurerollup.audit;

import org.disclosurerollup.catalog.Severity;

/**
 * A problem found in a run: a rejected file, a rejected row, a broken rule or a warning (a line of table {@code problem}).
 * Errors reject something and go to {@code rejected-rows.csv}; warnings are listed in the workbook only.
 *
 * @param itemNo   for a row, its place among the data rows of the file (1-based)
 * @param unitCode the unit of the register it concerns, if known; a submission is one unit's rows in one file
 * @param reason   a {@link Reason} id for errors; a descriptive id such as {@code derived-total} for warnings
 * @param seq      orders several problems of the same origin (file, row or submission)
 */
public record Problem(Integer fileId, Integer itemNo, ProblemLevel level, int seq, boolean error, String sheet,
                      Integer rowNo, String unitCode, String unitText, String code, String rawValue, String reason,
                      String message) {

    /** A whole file rejected; {@code unitText} is the unit its name gives, if any. */
    public static Problem fileRejected(int fileId, String unitText, Reason reason, String message) {
        return new Problem(fileId, null, ProblemLevel.FILE, 0, true, null, null, null, unitText, null, null, reason.id(),
                message);
    }

    /** {@code error} or {@code warn}, as the rules' severities are written. */
    public String severity() {
        return (error ? Severity.ERROR : Severity.WARN).id();
    }
}
