package org.disclosurerollup.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.disclosurerollup.catalog.CellLayout;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Table {@code rollup_run}: one line per run (a Spring Batch job instance) — its year, template, district, input
 * fingerprint and folder, when it started and completed, and which run of last year it was compared with.
 */
@Repository
public class RunRepository {

    /**
     * Runs with the time they completed: {@code completed_at}, or for a run that completed before that column existed
     * (a database of an earlier version), the end time of its completed job execution — read, never written back.
     */
    private static final String RUN = """
            SELECT * FROM (
              SELECT r.run_id, r.report_year, r.district, r.template,
                     COALESCE(r.completed_at, (SELECT MAX(e.END_TIME) FROM BATCH_JOB_EXECUTION e
                                                WHERE e.JOB_INSTANCE_ID = r.run_id AND e.STATUS = 'COMPLETED'))
                       AS completed_at
              FROM rollup_run r) runs""";

    private final JdbcClient jdbc;

    public RunRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a run as it starts, before any step, so that a run that dies before registering its files is in the
     * history too; the registering step then records it again with its start time.
     */
    public void recordStarting(long runId, YearRun run, LocalDateTime startedAt) {
        boolean known = jdbc.sql("SELECT COUNT(*) FROM rollup_run WHERE run_id = ?").param(runId).query(Long.class)
                .single() > 0;
        if (!known) {
            record(runId, run, startedAt);
        }
    }

    void record(long runId, YearRun run, LocalDateTime startedAt) {
        jdbc.sql("DELETE FROM rollup_run WHERE run_id = ?").param(runId).update();
        jdbc.sql("""
                INSERT INTO rollup_run (run_id, report_year, template, district, fingerprint, input_folder, started_at,
                                        cell_codes)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(runId, run.year(), run.template().id(), run.district(), run.fingerprint(),
                        run.yearFolder().toAbsolutePath().normalize().toString(), Timestamp.valueOf(startedAt),
                        CellLayout.of(run.template()).text())
                .update();
    }

    /** The order of the run's figures ({@code submission.cell_values}). */
    public CellLayout cellLayout(long runId) {
        return CellLayout.parse(jdbc.sql("SELECT cell_codes FROM rollup_run WHERE run_id = ?").param(runId)
                .query(String.class).single());
    }

    /** The input fingerprint the run was recorded with; empty when the run is not recorded. */
    public Optional<String> fingerprint(long runId) {
        return jdbc.sql("SELECT fingerprint FROM rollup_run WHERE run_id = ?").param(runId).query(String.class)
                .optional();
    }

    public Optional<LocalDateTime> startedAt(long runId) {
        return jdbc.sql("SELECT started_at FROM rollup_run WHERE run_id = ?").param(runId).query(Timestamp.class)
                .optional().map(Timestamp::toLocalDateTime);
    }

    /** The run is complete: its outputs are published (in the export's transaction). */
    public void markCompleted(long runId, LocalDateTime at) {
        jdbc.sql("UPDATE rollup_run SET completed_at = ? WHERE run_id = ?").params(Timestamp.valueOf(at), runId)
                .update();
    }

    /** The newest run of the database; 0 when it has none. */
    public long newestRunId() {
        return jdbc.sql("SELECT COALESCE(MAX(run_id), 0) FROM rollup_run").query(Long.class).single();
    }

    /** The years that have at least one run, in order. */
    public List<Integer> years() {
        return jdbc.sql("SELECT DISTINCT report_year FROM rollup_run ORDER BY report_year").query(Integer.class).list();
    }

    /** A run of the history: its id, input fingerprint and input folder. */
    public record Started(long runId, String fingerprint, String inputFolder) {
    }

    /** The runs of a year, newest first. */
    public List<Started> runsOf(int year) {
        return jdbc.sql("SELECT run_id, fingerprint, input_folder FROM rollup_run WHERE report_year = ? ORDER BY run_id DESC")
                .param(year).query((rs, n) -> new Started(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    /** A run, and when it completed (null while it has not). */
    public record Completed(long runId, int year, String district, String template, LocalDateTime completedAt) {
    }

    public Optional<Completed> run(long runId) {
        return jdbc.sql(RUN + " WHERE run_id = ?").param(runId).query(RunRepository::completed).optional();
    }

    /** The latest completed run of {@code year} for the district, if the database holds one. */
    public Optional<Completed> latestCompleted(int year, String district) {
        return jdbc.sql(RUN + " WHERE report_year = ? AND district = ? AND completed_at IS NOT NULL"
                        + " ORDER BY completed_at DESC, run_id DESC FETCH FIRST 1 ROWS ONLY")
                .params(year, district).query(RunRepository::completed).optional();
    }

    /** The run of last year that run {@code runId} was compared with; empty when there was none. */
    public Optional<Completed> comparedWith(long runId) {
        return jdbc.sql(RUN + " WHERE run_id = (SELECT last_year_run_id FROM rollup_run WHERE run_id = ?)")
                .param(runId).query(RunRepository::completed).optional();
    }

    public void rememberComparedWith(long runId, Long lastYearRunId) {
        jdbc.sql("UPDATE rollup_run SET last_year_run_id = ? WHERE run_id = ?").params(lastYearRunId, runId).update();
    }

    private static Completed completed(ResultSet rs, int row) throws SQLException {
        Timestamp completed = rs.getTimestamp("completed_at");
        return new Completed(rs.getLong("run_id"), rs.getInt("report_year"), rs.getString("district"),
                rs.getString("template"), completed == null ? null : completed.toLocalDateTime());
    }
}
