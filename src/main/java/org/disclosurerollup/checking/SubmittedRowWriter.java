package org.disclosurerollup.checking;

import java.util.ArrayList;
import java.util.List;
import org.disclosurerollup.audit.Problem;
import org.disclosurerollup.audit.ProblemLog;
import org.disclosurerollup.audit.Texts;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/** Writes accepted and rejected rows, and their problems, in the chunk's transaction. */
public class SubmittedRowWriter implements ItemWriter<CheckedRow> {

    private static final String INSERT = """
            INSERT INTO submitted_row (run_id, file_id, item_no, sheet, row_no, cell_ref, unit_text, unit_code, code_text, code,
                                       raw_value, value_kind, value_num, accepted, reason, message)
            VALUES (:runId, :fileId, :itemNo, :sheet, :rowNo, :cellRef, :unitText, :unitCode, :codeText, :code,
                    :rawValue, :valueKind, :valueNum, :accepted, :reason, :message)""";

    private final long runId;
    private final NamedParameterJdbcTemplate jdbc;
    private final ProblemLog problems;

    public SubmittedRowWriter(long runId, NamedParameterJdbcTemplate jdbc) {
        this.runId = runId;
        this.jdbc = jdbc;
        this.problems = new ProblemLog(jdbc);
    }

    @Override
    public void write(Chunk<? extends CheckedRow> chunk) {
        List<SqlParameterSource> rows = new ArrayList<>(chunk.size());
        List<Problem> found = new ArrayList<>();
        for (CheckedRow row : chunk) {
            rows.add(new MapSqlParameterSource()
                    .addValue("runId", runId).addValue("fileId", row.fileId()).addValue("itemNo", row.itemNo())
                    .addValue("sheet", row.sheet()).addValue("rowNo", row.rowNo()).addValue("cellRef", row.cellRef())
                    .addValue("unitText", Texts.clip(row.unitText(), 200)).addValue("unitCode", row.unitCode())
                    .addValue("codeText", Texts.clip(row.codeText(), 500)).addValue("code", row.code()).addValue("rawValue", Texts.clip(row.rawValue(), 2000))
                    .addValue("valueKind", row.kind() == null ? null : row.kind().name())
                    .addValue("valueNum", row.number()).addValue("accepted", row.accepted())
                    .addValue("reason", row.accepted() ? null : row.rejection().id())
                    .addValue("message", Texts.clip(row.message(), 2000)));
            found.addAll(row.problems());
        }
        jdbc.batchUpdate(INSERT, rows.toArray(SqlParameterSource[]::new));
        problems.record(runId, found);
    }
}
