package org.disclosurerollup.lastyear;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Finds last year's accepted data — the latest completed run of the year before, of the same district — and remembers
 * on a run which one it was compared with, so that its outputs, written again later, compare with the same run.
 */
public final class LastYearRuns {

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

    public LastYearRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The run of last year that a run of {@code year} starting now compares with: the latest completed run of the year
     * before for the district, counting runs that completed before completion times were kept; empty when none did.
     */
    public OptionalLong toCompareWith(int year, String district) {
        return latestCompleted(year - 1, district).map(last -> OptionalLong.of(last.runId()))
                .orElse(OptionalLong.empty());
    }

    /** The run {@code runId}, if the database holds it. */
    Optional<LastYearRun> run(long runId) {
        return jdbc.sql(RUN + " WHERE run_id = ?").param(runId).query(LastYearRuns::run).optional();
    }

    /** The latest completed run of {@code year} for the district, if the database holds one. */
    public Optional<LastYearRun> latestCompleted(int year, String district) {
        return jdbc.sql(RUN + " WHERE report_year = ? AND district = ? AND completed_at IS NOT NULL"
                        + " ORDER BY completed_at DESC, run_id DESC FETCH FIRST 1 ROWS ONLY")
                .params(year, district).query(LastYearRuns::run).optional();
    }

    /** The run of last year that run {@code runId} was compared with; empty when there was none. */
    public Optional<LastYearRun> comparedWith(long runId) {
        return jdbc.sql(RUN + " WHERE run_id = (SELECT last_year_run_id FROM rollup_run WHERE run_id = ?)")
                .param(runId).query(LastYearRuns::run).optional();
    }

    void remember(long runId, Optional<LastYearRun> lastYear) {
        jdbc.sql("UPDATE rollup_run SET last_year_run_id = ? WHERE run_id = ?")
                .params(lastYear.map(LastYearRun::runId).orElse(null), runId).update();
    }

    private static LastYearRun run(ResultSet rs, int row) throws SQLException {
        Timestamp completed = rs.getTimestamp("completed_at");
        return new LastYearRun(rs.getLong("run_id"), rs.getInt("report_year"), rs.getString("template"),
                completed == null ? null : completed.toLocalDateTime());
    }
}
