package org.disclosurerollup.submission;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.disclosurerollup.catalog.CellLayout;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

/**
 * Table {@code submission}: one unit's rows in one file, checked — its status, row counts and figures. Reads that walk
 * many submissions stream them in the caller's order; writes join the caller's transaction.
 */
@Repository
public class SubmissionRepository {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    public SubmissionRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    /**
     * A checked submission to store.
     *
     * @param figures the cells that count (derived totals included); null when none are kept (rejected whole, not
     *                expected)
     */
    public record New(int fileId, String unitCode, String unitType, SubmissionStatus status, long rowsRead,
                      long rowsAccepted, long rowsOfAnotherYear, Figures figures) {
    }

    public void record(long runId, Collection<New> submissions) {
        named.batchUpdate("""
                        INSERT INTO submission (run_id, file_id, unit_code, unit_type, status, counts, rows_read,
                                                rows_accepted, rows_rejected, rows_of_another_year, cell_kinds, cell_values)
                        VALUES (:runId, :fileId, :unitCode, :unitType, :status, FALSE, :rowsRead, :rowsAccepted,
                                :rowsRejected, :rowsOfAnotherYear, :kinds, :values)""",
                submissions.stream().map(s -> new MapSqlParameterSource("runId", runId).addValue("fileId", s.fileId())
                        .addValue("unitCode", s.unitCode()).addValue("unitType", s.unitType())
                        .addValue("status", s.status().id()).addValue("rowsRead", s.rowsRead())
                        .addValue("rowsAccepted", s.rowsAccepted())
                        .addValue("rowsRejected", s.rowsRead() - s.rowsAccepted())
                        .addValue("rowsOfAnotherYear", s.rowsOfAnotherYear())
                        .addValue("kinds", s.figures() == null ? null : s.figures().kinds())
                        .addValue("values", s.figures() == null ? null : array(s.figures())))
                        .toArray(SqlParameterSource[]::new));
    }

    public void forgetRun(long runId) {
        jdbc.sql("DELETE FROM submission WHERE run_id = ?").param(runId).update();
    }

    /**
     * A version of a unit's submission: the unit's rows in a file, or a file of the unit rejected whole.
     *
     * @param receivedRun       the first run of the year that saw the file's bytes
     * @param nameUnitCode      the unit the file's name gives, when it gives one of the register
     * @param rowsOfAnotherYear its rows rejected for naming another year
     * @param areaRun           for a lower area's consolidated workbook, the number of the run it comes from; or null
     */
    public record Version(int fileId, String unitCode, boolean accepted, long receivedRun, Instant modifiedAt,
                          String path, String nameUnitCode, long rowsRead, long rowsOfAnotherYear, Long areaRun) {
    }

    /**
     * The versions of each unit, unit after unit (by code). A file rejected whole is a version when it is of a kind
     * units send (.csv, .xlsx, .xls) — not a PDF of the narrative report beside the tables — and was not rejected for
     * being another year's; nor is a rejected submission more than half of whose rows say another year (last year's
     * table sent again under this year's name). A rejected correction with a stray row of another year still replaces.
     */
    public void forEachVersion(long runId, Consumer<Version> action) {
        jdbc.sql("""
                        SELECT s.file_id, s.unit_code, s.status, f.received_run, f.modified_at, f.path, f.name_unit_code,
                               s.rows_read, s.rows_of_another_year, l.area_run
                        FROM submission s JOIN input_file f ON f.run_id = s.run_id AND f.file_id = s.file_id
                        LEFT JOIN lower_area_run l ON l.run_id = s.run_id AND l.file_id = s.file_id
                                                  AND l.unit_code = s.unit_code
                        WHERE s.run_id = ? AND s.status IN ('accepted', 'rejected')
                          AND NOT (f.status = 'rejected'
                                   AND (f.reason = 'year-mismatch' OR f.file_type NOT IN ('csv', 'xlsx', 'xls')))
                          AND NOT (s.rows_accepted = 0 AND s.rows_of_another_year * 2 > s.rows_read)
                        ORDER BY s.unit_code, s.file_id""")
                .param(runId)
                .query(rs -> {
                    action.accept(new Version(rs.getInt(1), rs.getString(2),
                            SubmissionStatus.ACCEPTED.id().equals(rs.getString(3)), rs.getLong(4),
                            rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getString(7), rs.getLong(8),
                            rs.getLong(9), (Long) rs.getObject(10, Long.class)));
                });
    }

    /** The choice among a unit's versions: the newest one counts if accepted; the others it supersedes. */
    public record Choice(String unitCode, int newestFileId, boolean newestCounts, List<Integer> supersededFileIds) {
    }

    public void record(long runId, List<Choice> choices) {
        List<SqlParameterSource> newest = new ArrayList<>();
        List<SqlParameterSource> superseded = new ArrayList<>();
        for (Choice choice : choices) {
            newest.add(new MapSqlParameterSource("runId", runId).addValue("unitCode", choice.unitCode())
                    .addValue("fileId", choice.newestFileId()).addValue("counts", choice.newestCounts()));
            choice.supersededFileIds().forEach(fileId -> superseded.add(new MapSqlParameterSource("runId", runId)
                    .addValue("unitCode", choice.unitCode()).addValue("fileId", fileId)
                    .addValue("newer", choice.newestFileId())));
        }
        named.batchUpdate("""
                UPDATE submission SET counts = :counts, superseded_by_file = NULL
                WHERE run_id = :runId AND file_id = :fileId AND unit_code = :unitCode""",
                newest.toArray(SqlParameterSource[]::new));
        named.batchUpdate("""
                UPDATE submission SET status = 'superseded', counts = FALSE, superseded_by_file = :newer
                WHERE run_id = :runId AND file_id = :fileId AND unit_code = :unitCode""",
                superseded.toArray(SqlParameterSource[]::new));
    }

    /** A submission that counts in its run, with its figures. */
    public record Counted(int fileId, String unitCode, String unitType, Figures figures) {
    }

    /** The submissions that count in a run (one per unit), by unit code; {@code layout} is the run's. */
    public void forEachCounted(long runId, CellLayout layout, Consumer<Counted> action) {
        try (Stream<Counted> counted = counted(runId, layout)) {
            counted.forEach(action);
        }
    }

    /** As {@link #forEachCounted}, read as the stream is walked: close it. */
    public Stream<Counted> counted(long runId, CellLayout layout) {
        return jdbc.sql("""
                        SELECT file_id, unit_code, unit_type, cell_kinds, cell_values FROM submission
                        WHERE run_id = ? AND counts = TRUE ORDER BY unit_code""")
                .param(runId)
                .query((rs, n) -> new Counted(rs.getInt(1), rs.getString(2), rs.getString(3), figures(layout, rs, 4)))
                .stream();
    }

    /** A unit's counting submission this year and last year's, when it had one. */
    public record Pair(Counted thisYear, Counted lastYear) {
    }

    /** This year's counting submissions of units that also had one in last year's run, by unit code. */
    public void forEachPairWithLastYear(long runId, CellLayout layout, long lastYearRunId, CellLayout lastYearLayout,
                                        Consumer<Pair> action) {
        jdbc.sql("""
                        SELECT s.file_id, s.unit_code, s.unit_type, s.cell_kinds, s.cell_values,
                               l.file_id, l.unit_type, l.cell_kinds, l.cell_values
                        FROM submission s JOIN submission l ON l.run_id = ? AND l.unit_code = s.unit_code AND l.counts = TRUE
                        WHERE s.run_id = ? AND s.counts = TRUE ORDER BY s.unit_code""")
                .params(lastYearRunId, runId)
                .query(rs -> {
                    action.accept(new Pair(new Counted(rs.getInt(1), rs.getString(2), rs.getString(3),
                            figures(layout, rs, 4)), new Counted(rs.getInt(6), rs.getString(2), rs.getString(7),
                            figures(lastYearLayout, rs, 8))));
                });
    }

    /**
     * A counting submission with what the per-unit list shows of it: the unit as the run's register has it.
     *
     * @param lowerAreaRun for a lower area's consolidated workbook, the run it comes from and what it lacks; or null
     */
    public record Listed(String unitCode, String unitName, String unitType, String path, Figures figures,
                         LowerAreaRunRepository.Stored lowerAreaRun) {
    }

    /** The counting submissions of the units expected in the run, in the order of its register. */
    public void forEachCountedInRegisterOrder(long runId, CellLayout layout, Consumer<Listed> action) {
        forEachCountedInRegisterOrder(runId, layout, "", action);
    }

    /** As {@link #forEachCountedInRegisterOrder}, of the units of one type ({@code region}: the lower areas). */
    public void forEachCountedOfType(long runId, CellLayout layout, String unitType, Consumer<Listed> action) {
        forEachCountedInRegisterOrder(runId, layout, "AND u.unit_type = ?", action, unitType);
    }

    private void forEachCountedInRegisterOrder(long runId, CellLayout layout, String condition, Consumer<Listed> action,
                                               Object... more) {
        List<Object> parameters = new ArrayList<>(List.of(runId));
        parameters.addAll(List.of(more));
        jdbc.sql("""
                        SELECT u.code, u.name, u.unit_type, f.path, s.cell_kinds, s.cell_values, s.file_id,
                               l.area, l.area_year, l.area_run, l.fingerprint, l.exported_at, l.gaps
                        FROM run_unit u
                        JOIN submission s ON s.run_id = u.run_id AND s.unit_code = u.code AND s.counts = TRUE
                        JOIN input_file f ON f.run_id = s.run_id AND f.file_id = s.file_id
                        LEFT JOIN lower_area_run l ON l.run_id = s.run_id AND l.file_id = s.file_id
                                                  AND l.unit_code = s.unit_code
                        WHERE u.run_id = ? AND u.expected = TRUE""" + " " + condition + " ORDER BY u.position")
                .params(parameters)
                .query(rs -> {
                    action.accept(new Listed(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            figures(layout, rs, 5), rs.getString("area") == null ? null
                            : new LowerAreaRunRepository.Stored(rs.getInt("file_id"), rs.getString(1),
                                    rs.getString("area"), rs.getInt("area_year"), rs.getLong("area_run"),
                                    rs.getString("fingerprint"), rs.getString("exported_at"), rs.getString("gaps"))));
                });
    }

    /**
     * A unit of the run's register with one of its submissions (all fields from {@code fileId} on are null or 0 for a
     * unit without one).
     *
     * @param newerPath   for a superseded version, the newer version's file
     * @param newerStatus the newer version's status
     * @param lowerAreaRun for a lower area's consolidated workbook, the run it comes from and what it lacks; or null
     */
    public record UnitSubmission(int position, String unitCode, String unitName, String unitType, boolean expected,
                                 Integer fileId, SubmissionStatus status, boolean counts, Integer supersededByFile,
                                 long rowsAccepted, long rowsRejected, String path, String sha256, long receivedRun,
                                 Instant modifiedAt, String newerPath, SubmissionStatus newerStatus,
                                 LowerAreaRunRepository.Stored lowerAreaRun) {
    }

    /** Every unit of the run's register in its order, each with its submissions (by file), or once without. */
    public void forEachUnitSubmission(long runId, Consumer<UnitSubmission> action) {
        jdbc.sql("""
                        SELECT u.position, u.code, u.name, u.unit_type, u.expected, s.file_id, s.status, s.counts,
                               s.superseded_by_file, s.rows_accepted, s.rows_rejected, f.path, f.sha256, f.received_run,
                               f.modified_at, newer.path AS newer_path, n.status AS newer_status,
                               l.area, l.area_year, l.area_run, l.fingerprint, l.exported_at, l.gaps
                        FROM run_unit u
                        LEFT JOIN submission s ON s.run_id = u.run_id AND s.unit_code = u.code
                        LEFT JOIN input_file f ON f.run_id = s.run_id AND f.file_id = s.file_id
                        LEFT JOIN input_file newer ON newer.run_id = s.run_id AND newer.file_id = s.superseded_by_file
                        LEFT JOIN submission n ON n.run_id = s.run_id AND n.file_id = s.superseded_by_file
                                              AND n.unit_code = s.unit_code
                        LEFT JOIN lower_area_run l ON l.run_id = s.run_id AND l.file_id = s.file_id
                                                  AND l.unit_code = s.unit_code
                        WHERE u.run_id = ? ORDER BY u.position, s.file_id""")
                .param(runId)
                .query(rs -> {
                    Integer fileId = (Integer) rs.getObject("file_id", Integer.class);
                    action.accept(new UnitSubmission(rs.getInt("position"), rs.getString("code"),
                            rs.getString("name"), rs.getString("unit_type"), rs.getBoolean("expected"), fileId,
                            fileId == null ? null : SubmissionStatus.ofId(rs.getString("status")),
                            rs.getBoolean("counts"), (Integer) rs.getObject("superseded_by_file", Integer.class),
                            rs.getLong("rows_accepted"), rs.getLong("rows_rejected"), rs.getString("path"),
                            rs.getString("sha256"), rs.getLong("received_run"),
                            fileId == null ? null : rs.getTimestamp("modified_at").toInstant(),
                            rs.getString("newer_path"), rs.getString("newer_status") == null ? null
                                    : SubmissionStatus.ofId(rs.getString("newer_status")),
                            rs.getString("area") == null ? null : new LowerAreaRunRepository.Stored(
                                    fileId, rs.getString("code"), rs.getString("area"), rs.getInt("area_year"),
                                    rs.getLong("area_run"), rs.getString("fingerprint"), rs.getString("exported_at"),
                                    rs.getString("gaps"))));
                });
    }

    /**
     * An expected unit of a run and whether its totals have it (for {@link Gaps}).
     *
     * @param counted  one of its submissions counts
     * @param sent     the run has a submission of it (rejected ones included)
     * @param areaGaps for a lower area whose consolidated workbook counts, what that area's own total lacks; or null
     * @param rowsRejected the rows rejected of the submission that counts (0 when none counts)
     */
    public record UnitCounted(String unitCode, String unitName, String unitType, boolean counted, boolean sent,
                              String areaGaps, long rowsRejected) {
    }

    /** Every unit expected in the run, in register order, with whether it counts. */
    public void forEachUnitCounted(long runId, Consumer<UnitCounted> action) {
        jdbc.sql("""
                        SELECT u.code, u.name, u.unit_type,
                               EXISTS (SELECT 1 FROM submission s WHERE s.run_id = u.run_id AND s.unit_code = u.code
                                         AND s.counts = TRUE) AS counted,
                               EXISTS (SELECT 1 FROM submission s WHERE s.run_id = u.run_id
                                         AND s.unit_code = u.code) AS sent,
                               (SELECT MAX(l.gaps) FROM submission s
                                  JOIN lower_area_run l ON l.run_id = s.run_id AND l.file_id = s.file_id
                                                       AND l.unit_code = s.unit_code
                                 WHERE s.run_id = u.run_id AND s.unit_code = u.code AND s.counts = TRUE) AS area_gaps,
                               (SELECT MAX(s.rows_rejected) FROM submission s WHERE s.run_id = u.run_id
                                  AND s.unit_code = u.code AND s.counts = TRUE) AS rows_rejected
                        FROM run_unit u
                        WHERE u.run_id = ? AND u.expected = TRUE ORDER BY u.position""")
                .param(runId)
                .query(rs -> {
                    action.accept(new UnitCounted(rs.getString("code"), rs.getString("name"),
                            rs.getString("unit_type"), rs.getBoolean("counted"), rs.getBoolean("sent"),
                            rs.getString("area_gaps"), rs.getLong("rows_rejected")));
                });
    }

    /** What the run's totals lack, of the units of the types a predicate picks. */
    public Gaps gaps(long runId, Predicate<String> unitTypes) {
        Gaps.Collector collector = new Gaps.Collector(unitTypes);
        forEachUnitCounted(runId, collector);
        return collector.gaps();
    }

    /**
     * A unit's file as its notice lists it.
     *
     * @param newerPath for a superseded version, the newer version's file
     */
    public record Received(String path, String sha256, Instant modifiedAt, long receivedRun, SubmissionStatus status,
                           boolean counts, long rowsRead, long rowsAccepted, long rowsRejected, String newerPath) {
    }

    /** The files a run received from a unit (its submissions), the newest first. */
    public List<Received> receivedFrom(long runId, String unitCode) {
        return jdbc.sql("""
                        SELECT f.path, f.sha256, f.modified_at, f.received_run, s.status, s.counts, s.rows_read,
                               s.rows_accepted, s.rows_rejected, newer.path
                        FROM submission s JOIN input_file f ON f.run_id = s.run_id AND f.file_id = s.file_id
                        LEFT JOIN input_file newer ON newer.run_id = s.run_id AND newer.file_id = s.superseded_by_file
                        WHERE s.run_id = ? AND s.unit_code = ?
                        ORDER BY f.received_run DESC, f.modified_at DESC, f.path""")
                .params(runId, unitCode)
                .query((rs, n) -> new Received(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getLong(4), SubmissionStatus.ofId(rs.getString(5)), rs.getBoolean(6), rs.getLong(7),
                        rs.getLong(8), rs.getLong(9), rs.getString(10)))
                .list();
    }

    /** The file of the unit's submission that counts in the run, if one does. */
    public Optional<Integer> countedFile(long runId, String unitCode) {
        return jdbc.sql("SELECT file_id FROM submission WHERE run_id = ? AND unit_code = ? AND counts = TRUE")
                .params(runId, unitCode).query(Integer.class).optional();
    }

    /** The units whose submissions a file holds, by code. */
    public List<String> unitsIn(long runId, int fileId) {
        return jdbc.sql("SELECT unit_code FROM submission WHERE run_id = ? AND file_id = ? ORDER BY unit_code")
                .params(runId, fileId).query(String.class).list();
    }

    /** Counts of a run: submissions that count, and accepted rows of superseded versions. */
    public record Counts(int counted, long rowsSuperseded) {
    }

    public Counts counts(long runId) {
        return jdbc.sql("""
                        SELECT COUNT(CASE WHEN counts = TRUE THEN 1 END),
                               COALESCE(SUM(CASE WHEN status = 'superseded' THEN rows_accepted ELSE 0 END), 0)
                        FROM submission WHERE run_id = ?""")
                .param(runId).query((rs, n) -> new Counts(rs.getInt(1), rs.getLong(2))).single();
    }

    private static SqlArrayValue array(Figures figures) {
        return new SqlArrayValue("bigint", (Object[]) figures.storedValues());
    }

    private static Figures figures(CellLayout layout, ResultSet rs, int kindsColumn) throws SQLException {
        Array values = rs.getArray(kindsColumn + 1);
        try {
            return Figures.stored(layout, rs.getString(kindsColumn), (Object[]) values.getArray());
        } finally {
            values.free();
        }
    }
}
