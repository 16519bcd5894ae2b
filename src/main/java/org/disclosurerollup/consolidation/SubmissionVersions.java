package org.disclosurerollup.consolidation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurerollup.audit.Reason;
import org.disclosurerollup.checking.SubmissionStatus;
import org.disclosurerollup.intake.FileStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The versions of each unit's submission in a run, newest first. A file rejected whole is a version when it is of a
 * kind units send (.csv, .xlsx, .xls) — not a PDF of the narrative report beside the tables — and was not rejected for
 * being another year's; nor is a submission none of whose rows was accepted and whose rows say another year (last
 * year's table sent again under this year's name). Those stay listed as rejected but do not replace anything.
 */
final class SubmissionVersions {

    private final JdbcClient jdbc;

    SubmissionVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Unit code → its versions, newest first. */
    Map<String, List<SubmissionVersion>> byUnit(long runId) {
        List<SubmissionVersion> versions = jdbc.sql("""
                        SELECT s.submission_id, s.file_id, s.unit_code, s.status, f.received_run, f.modified_at, f.path,
                               f.name_unit_code, s.rows_read,
                               (SELECT COUNT(*) FROM submitted_row r
                                 WHERE r.run_id = s.run_id AND r.file_id = s.file_id AND r.unit_code = s.unit_code
                                   AND r.reason = ?) AS rows_of_another_year
                        FROM submission s JOIN input_file f ON f.run_id = s.run_id AND f.file_id = s.file_id
                        WHERE s.run_id = ? AND s.status IN (?, ?)
                          AND NOT (f.status = ? AND (f.reason = ? OR f.file_type NOT IN ('csv', 'xlsx', 'xls')))
                          AND NOT (s.rows_accepted = 0 AND EXISTS (
                                SELECT 1 FROM submitted_row r
                                 WHERE r.run_id = s.run_id AND r.file_id = s.file_id AND r.unit_code = s.unit_code
                                   AND r.reason = ?))""")
                .params(Reason.YEAR_MISMATCH.id(), runId, SubmissionStatus.ACCEPTED.id(), SubmissionStatus.REJECTED.id(), FileStatus.REJECTED.id(),
                        Reason.YEAR_MISMATCH.id(), Reason.YEAR_MISMATCH.id())
                .query((rs, n) -> new SubmissionVersion(rs.getInt(1), rs.getInt(2), rs.getString(3),
                        SubmissionStatus.ACCEPTED.id().equals(rs.getString(4)), rs.getLong(5),
                        rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getString(8), rs.getLong(9), rs.getLong(10)))
                .list();
        Map<String, List<SubmissionVersion>> byUnit = new LinkedHashMap<>();
        versions.forEach(v -> byUnit.computeIfAbsent(v.unitCode(), unit -> new ArrayList<>()).add(v));
        byUnit.values().forEach(ofUnit -> ofUnit.sort(SubmissionVersion.NEWEST_FIRST));
        return byUnit;
    }
}
