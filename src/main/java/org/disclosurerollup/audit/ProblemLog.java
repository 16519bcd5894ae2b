package org.disclosurerollup.audit;

import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/** Writes problems to table {@code problem}, inside the caller's transaction. */
public final class ProblemLog {

    private static final String INSERT = """
            INSERT INTO problem (run_id, file_id, submission_id, item_no, seq, severity, sheet, row_no, unit_code,
                                 unit_text, code, raw_value, reason, message)
            VALUES (:runId, :fileId, :submissionId, :itemNo, :seq, :severity, :sheet, :rowNo, :unitCode,
                    :unitText, :code, :rawValue, :reason, :message)""";

    private final NamedParameterJdbcTemplate jdbc;

    public ProblemLog(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(long runId, List<Problem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        SqlParameterSource[] batch = problems.stream().map(p -> parameters(runId, p)).toArray(SqlParameterSource[]::new);
        jdbc.batchUpdate(INSERT, batch);
    }

    private static SqlParameterSource parameters(long runId, Problem p) {
        return new MapSqlParameterSource()
                .addValue("runId", runId).addValue("fileId", p.fileId()).addValue("submissionId", p.submissionId())
                .addValue("itemNo", p.itemNo()).addValue("seq", p.seq()).addValue("severity", p.severity())
                .addValue("sheet", p.sheet()).addValue("rowNo", p.rowNo()).addValue("unitCode", p.unitCode())
                .addValue("unitText", Texts.clip(p.unitText(), 200)).addValue("code", Texts.clip(p.code(), 40))
                .addValue("rawValue", Texts.clip(p.rawValue(), 2000)).addValue("reason", p.reason())
                .addValue("message", Texts.clip(p.message(), 4000));
    }
}
