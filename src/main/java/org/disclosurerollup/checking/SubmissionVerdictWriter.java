package org.disclosurerollup.checking;

import java.util.ArrayList;
import java.util.List;
import org.disclosurerollup.audit.Problem;
import org.disclosurerollup.audit.ProblemLog;
import org.disclosurerollup.audit.Reason;
import org.disclosurerollup.audit.Texts;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/** Stores checked submissions: the submission, its cells, its problems and the rows it rejected as duplicates. */
public class SubmissionVerdictWriter implements ItemWriter<SubmissionVerdict> {

    private final long runId;
    private final NamedParameterJdbcTemplate jdbc;
    private final ProblemLog problems;

    public SubmissionVerdictWriter(long runId, NamedParameterJdbcTemplate jdbc) {
        this.runId = runId;
        this.jdbc = jdbc;
        this.problems = new ProblemLog(jdbc);
    }

    @Override
    public void write(Chunk<? extends SubmissionVerdict> chunk) {
        List<SqlParameterSource> submissions = new ArrayList<>();
        List<SqlParameterSource> cells = new ArrayList<>();
        List<SqlParameterSource> duplicates = new ArrayList<>();
        List<SqlParameterSource> covered = new ArrayList<>();
        List<Problem> found = new ArrayList<>();
        for (SubmissionVerdict verdict : chunk) {
            SubmissionKey key = verdict.key();
            submissions.add(new MapSqlParameterSource().addValue("runId", runId)
                    .addValue("submissionId", key.submissionId()).addValue("fileId", key.fileId())
                    .addValue("unitCode", key.unitCode()).addValue("unitType", verdict.unitType())
                    .addValue("status", verdict.status().id()).addValue("rowsRead", verdict.rowsRead())
                    .addValue("rowsAccepted", verdict.rowsAccepted()).addValue("rowsRejected", verdict.rowsRejected()));
            verdict.cells().forEach((code, value) -> cells.add(new MapSqlParameterSource().addValue("runId", runId)
                    .addValue("submissionId", key.submissionId()).addValue("code", code)
                    .addValue("kind", value.kind().name()).addValue("number", value.number())
                    .addValue("derived", verdict.derivedCodes().contains(code))));
            verdict.duplicateRows().forEach(row -> duplicates.add(new MapSqlParameterSource().addValue("runId", runId)
                    .addValue("fileId", key.fileId()).addValue("itemNo", row.itemNo())
                    .addValue("reason", Reason.DUPLICATE_CELL.id()).addValue("message", Texts.clip(row.message(), 2000))));
            verdict.rowsCoveredByFileProblem().forEach(itemNo -> covered.add(new MapSqlParameterSource()
                    .addValue("runId", runId).addValue("fileId", key.fileId()).addValue("itemNo", itemNo)));
            found.addAll(verdict.problems());
        }
        jdbc.batchUpdate("""
                INSERT INTO submission (run_id, submission_id, file_id, unit_code, unit_type, status, counts,
                                        rows_read, rows_accepted, rows_rejected)
                VALUES (:runId, :submissionId, :fileId, :unitCode, :unitType, :status, FALSE,
                        :rowsRead, :rowsAccepted, :rowsRejected)""", submissions.toArray(SqlParameterSource[]::new));
        jdbc.batchUpdate("""
                INSERT INTO submission_cell (run_id, submission_id, code, value_kind, value_num, derived)
                VALUES (:runId, :submissionId, :code, :kind, :number, :derived)""",
                cells.toArray(SqlParameterSource[]::new));
        jdbc.batchUpdate("""
                UPDATE submitted_row SET accepted = FALSE, reason = :reason, message = :message
                WHERE run_id = :runId AND file_id = :fileId AND item_no = :itemNo""",
                duplicates.toArray(SqlParameterSource[]::new));
        jdbc.batchUpdate("DELETE FROM problem WHERE run_id = :runId AND file_id = :fileId AND item_no = :itemNo",
                covered.toArray(SqlParameterSource[]::new));
        problems.record(runId, found);
    }
}
