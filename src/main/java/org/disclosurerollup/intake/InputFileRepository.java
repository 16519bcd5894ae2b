package org.disclosurerollup.intake;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.disclosurerollup.audit.Texts;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code input_file}: every file of every run, as registered and then as read. */
@Repository
public class InputFileRepository {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    public InputFileRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    void record(long runId, List<RegisteredFile> files) {
        named.batchUpdate("""
                        INSERT INTO input_file (run_id, file_id, path, size_bytes, sha256, modified_at, file_type,
                                                name_unit, name_unit_code, name_year, status, same_bytes_as,
                                                same_bytes_and_unit_as, rows_read)
                        VALUES (:runId, :fileId, :path, :size, :sha256, :modifiedAt, :fileType, :nameUnit,
                                :nameUnitCode, :nameYear, :status, :sameBytesAs, :sameBytesAndUnitAs, 0)""",
                files.stream().map(file -> new MapSqlParameterSource("runId", runId).addValue("fileId", file.fileId())
                        .addValue("path", file.path()).addValue("size", file.sizeBytes())
                        .addValue("sha256", file.sha256()).addValue("modifiedAt", Timestamp.from(file.modifiedAt()))
                        .addValue("fileType", file.fileType()).addValue("nameUnit", Texts.clip(file.nameUnit(), 200))
                        .addValue("nameUnitCode", file.nameUnitCode()).addValue("nameYear", file.nameYear())
                        .addValue("status", FileStatus.REGISTERED.id()).addValue("sameBytesAs", file.sameBytesAs())
                        .addValue("sameBytesAndUnitAs", file.sameBytesAndUnitAs()))
                        .toArray(SqlParameterSource[]::new));
    }

    /**
     * Notes for each file of the run the first run of the year, on the same input folder, that saw its bytes: a file
     * received in a later run is a newer submission than one received earlier, whatever the modification times say.
     * Bytes earlier seen in a file named for another unit do not count: two units may send identical (all-zero) tables.
     */
    public void recordReceivedRuns(long runId, YearRun run) {
        jdbc.sql("""
                UPDATE input_file SET received_run = COALESCE(
                    (SELECT MIN(earlier.run_id) FROM input_file earlier
                       JOIN rollup_run r ON r.run_id = earlier.run_id
                      WHERE earlier.sha256 = input_file.sha256 AND earlier.run_id < input_file.run_id
                        AND r.report_year = ? AND r.input_folder = ?
                        AND (earlier.name_unit_code IS NULL OR input_file.name_unit_code IS NULL
                             OR earlier.name_unit_code = input_file.name_unit_code)),
                    run_id)
                WHERE run_id = ?""")
                .params(run.year(), run.yearFolder().toAbsolutePath().normalize().toString(), runId)
                .update();
    }

    public void forgetRun(long runId) {
        jdbc.sql("DELETE FROM input_file WHERE run_id = ?").param(runId).update();
    }

    /** How many files the run registered. */
    public int fileCount(long runId) {
        return jdbc.sql("SELECT COUNT(*) FROM input_file WHERE run_id = ?").param(runId).query(Integer.class).single();
    }

    /** How many of the run's files are not read yet. */
    public int notYetReadCount(long runId) {
        return jdbc.sql("SELECT COUNT(*) FROM input_file WHERE run_id = ? AND status = ?")
                .params(runId, FileStatus.REGISTERED.id()).query(Integer.class).single();
    }

    /** A file's id and size, for sharing the files out among the readers. */
    public record Size(int fileId, long bytes) {
    }

    public List<Size> sizes(long runId) {
        return jdbc.sql("SELECT file_id, size_bytes FROM input_file WHERE run_id = ? ORDER BY file_id").param(runId)
                .query((rs, n) -> new Size(rs.getInt(1), rs.getLong(2))).list();
    }

    /**
     * The files {@code first} to {@code last} of a run not read yet, in order: a file's outcome is stored in the
     * transaction that stores its rows, so this is where a restart goes on, whatever the step's own records say.
     */
    public List<RegisteredFile> notYetRead(long runId, int first, int last) {
        return jdbc.sql("""
                        SELECT file_id, path, size_bytes, sha256, modified_at, file_type, name_unit, name_unit_code,
                               name_year, same_bytes_as, same_bytes_and_unit_as
                        FROM input_file WHERE run_id = ? AND file_id BETWEEN ? AND ? AND status = ?
                        ORDER BY file_id""")
                .params(runId, first, last, FileStatus.REGISTERED.id())
                .query((rs, n) -> new RegisteredFile(rs.getInt(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getString(7), rs.getString(8),
                        (Integer) rs.getObject(9, Integer.class), (Integer) rs.getObject(10, Integer.class),
                        (Integer) rs.getObject(11, Integer.class)))
                .list();
    }

    /** What reading the file found. */
    public void recordRead(long runId, ReadFile file) {
        jdbc.sql("""
                        UPDATE input_file SET status = ?, charset = ?, name_unit = ?, name_unit_code = ?,
                                              duplicate_of = ?, reason = ?, message = ?, rows_read = ?,
                                              rows_unattributed = ?, unattributed_units = ?
                        WHERE run_id = ? AND file_id = ?""")
                .params(file.status().id(), file.charset(), Texts.clip(file.nameUnit(), 200), file.nameUnitCode(),
                        file.duplicateOf(), file.reason() == null ? null : file.reason().id(),
                        Texts.clip(file.message(), 2000), file.rowsRead(), file.rowsUnattributed(),
                        Texts.clip(file.unattributedUnits(), 2000), runId, file.fileId())
                .update();
    }

    /**
     * A file of a run with what the outputs show of it.
     *
     * @param rowsAccepted the accepted rows of its submissions
     * @param duplicateOfPath for a copy, the file it copies
     */
    public record Fact(int fileId, String path, String sha256, long sizeBytes, Instant modifiedAt, long receivedRun,
                       FileStatus status, String reason, String nameUnit, String nameUnitCode, Integer duplicateOf,
                       String duplicateOfPath,
                       long rowsRead, long rowsAccepted, long rowsUnattributed, String unattributedUnits) {
    }

    /** Every file of a run, in order. */
    public void forEachFact(long runId, Consumer<Fact> action) {
        facts(runId, "", action);
    }

    /** The files of a run that are not simply read: rejected whole, copies, and those with rows of no known unit. */
    public void forEachFactNotRead(long runId, Consumer<Fact> action) {
        facts(runId, "AND (f.status IN ('rejected', 'duplicate') OR f.rows_unattributed > 0)", action);
    }

    private void facts(long runId, String condition, Consumer<Fact> action) {
        jdbc.sql("""
                        SELECT f.file_id, f.path, f.sha256, f.size_bytes, f.modified_at, f.received_run, f.status,
                               f.reason, f.name_unit, f.name_unit_code, f.duplicate_of, original.path AS original_path,
                               f.rows_read,
                               (SELECT COALESCE(SUM(s.rows_accepted), 0) FROM submission s
                                 WHERE s.run_id = f.run_id AND s.file_id = f.file_id) AS rows_accepted,
                               f.rows_unattributed, f.unattributed_units
                        FROM input_file f
                        LEFT JOIN input_file original ON original.run_id = f.run_id AND original.file_id = f.duplicate_of
                        WHERE f.run_id = ?""" + " " + condition + " ORDER BY f.file_id")
                .param(runId)
                .query(rs -> {
                    action.accept(new Fact(rs.getInt("file_id"), rs.getString("path"), rs.getString("sha256"),
                            rs.getLong("size_bytes"), rs.getTimestamp("modified_at").toInstant(),
                            rs.getLong("received_run"), FileStatus.ofId(rs.getString("status")),
                            rs.getString("reason"), rs.getString("name_unit"), rs.getString("name_unit_code"),
                            (Integer) rs.getObject("duplicate_of", Integer.class), rs.getString("original_path"),
                            rs.getLong("rows_read"), rs.getLong("rows_accepted"), rs.getLong("rows_unattributed"),
                            rs.getString("unattributed_units")));
                });
    }

    /** The run's figures in total: files, and rows read and accepted. */
    public record Totals(int files, long rowsRead, long rowsAccepted) {
    }

    public Totals totals(long runId) {
        return jdbc.sql("""
                        SELECT COUNT(*), COALESCE(SUM(rows_read), 0),
                               (SELECT COALESCE(SUM(rows_accepted), 0) FROM submission WHERE run_id = ?)
                        FROM input_file WHERE run_id = ?""")
                .params(runId, runId).query((rs, n) -> new Totals(rs.getInt(1), rs.getLong(2), rs.getLong(3)))
                .single();
    }

    /** Path → SHA-256 of the files a run read. */
    public Map<String, String> contents(long runId) {
        Map<String, String> contents = new HashMap<>();
        jdbc.sql("SELECT path, sha256 FROM input_file WHERE run_id = ?").param(runId)
                .query(rs -> {
                    contents.put(rs.getString(1), rs.getString(2));
                });
        return contents;
    }

    /** A file new in this run, and the version (a submission's file, its own or the one it copies) it repeats. */
    public record Resent(int fileId, String path, int versionFileId) {
    }

    /**
     * Files put in the year folder after the run that first received their bytes, under another name: the same
     * submission, so they are as old as its first receipt.
     */
    public List<Resent> resent(long runId) {
        return jdbc.sql("""
                        SELECT f.file_id, f.path, COALESCE(f.duplicate_of, f.file_id) FROM input_file f
                        WHERE f.run_id = ? AND f.received_run < f.run_id
                          AND NOT EXISTS (SELECT 1 FROM input_file first
                                           WHERE first.run_id = f.received_run AND first.path = f.path)
                        ORDER BY f.path""")
                .param(runId)
                .query((rs, n) -> new Resent(rs.getInt(1), rs.getString(2), rs.getInt(3)))
                .list();
    }
}
