package org.disclosurerollup.intake;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import org.disclosurerollup.audit.Reason;
import org.disclosurerollup.reading.FileToRead;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The run and its input files in the database (tables {@code rollup_run} and {@code input_file}). */
public final class FileRegistry {

    private final JdbcClient jdbc;

    public FileRegistry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a run as it starts, before any step, so that a run that dies before registering its files is in the
     * history too; the registering step then records it again with its start time.
     */
    public void recordRunStarting(long runId, YearRun run, LocalDateTime startedAt) {
        boolean known = jdbc.sql("SELECT COUNT(*) FROM rollup_run WHERE run_id = ?").param(runId).query(Long.class)
                .single() > 0;
        if (!known) {
            recordRun(runId, run, startedAt);
        }
    }

    void recordRun(long runId, YearRun run, LocalDateTime startedAt) {
        jdbc.sql("DELETE FROM rollup_run WHERE run_id = ?").param(runId).update();
        jdbc.sql("""
                INSERT INTO rollup_run (run_id, report_year, template, district, fingerprint, input_folder, started_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(runId, run.year(), run.template().id(), run.district(), run.fingerprint(),
                        run.yearFolder().toAbsolutePath().normalize().toString(), Timestamp.valueOf(startedAt))
                .update();
    }

    void record(long runId, RegisteredFile file) {
        jdbc.sql("""
                INSERT INTO input_file (run_id, file_id, path, size_bytes, sha256, modified_at, file_type, charset,
                                        name_unit, name_unit_code, name_year, status, duplicate_of, reason, message,
                                        rows_read)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(runId, file.fileId(), file.path(), file.sizeBytes(), file.sha256(),
                        Timestamp.from(file.modifiedAt()), file.fileType(), file.charset(), file.nameUnit(),
                        file.nameUnitCode(), file.nameYear(), file.status().id(), file.duplicateOf(),
                        file.reason() == null ? null : file.reason().id(), file.message(), file.rowsRead())
                .update();
    }

    /**
     * Notes for each file of the run the first run of the year, on the same input folder, that saw its bytes: a file
     * received in a later run is a newer submission than one received earlier, whatever the modification times say.
     * Bytes earlier seen in a file named for another unit do not count: two units may send identical (all-zero) tables.
     */
    void recordReceivedRuns(long runId, YearRun run) {
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

    void forgetRun(long runId) {
        for (String table : List.of("problem", "input_file")) {
            jdbc.sql("DELETE FROM " + table + " WHERE run_id = ?").param(runId).update();
        }
    }

    /** The files whose rows the loading step reads, where they are. */
    public List<FileToRead> readableFiles(long runId, Path yearFolder) {
        return files(runId).stream().filter(file -> file.status() == FileStatus.READABLE)
                .map(file -> new FileToRead(file.fileId(), yearFolder.resolve(file.path())))
                .toList();
    }

    public List<RegisteredFile> files(long runId) {
        return jdbc.sql("SELECT * FROM input_file WHERE run_id = ? ORDER BY file_id").param(runId)
                .query((rs, n) -> new RegisteredFile(rs.getInt("file_id"), rs.getString("path"),
                        rs.getLong("size_bytes"), rs.getString("sha256"), rs.getTimestamp("modified_at").toInstant(),
                        rs.getString("file_type"), rs.getString("charset"), rs.getString("name_unit"),
                        rs.getString("name_unit_code"), (Integer) rs.getObject("name_year", Integer.class),
                        FileStatus.ofId(rs.getString("status")), (Integer) rs.getObject("duplicate_of", Integer.class),
                        rs.getString("reason") == null ? null : Reason.ofId(rs.getString("reason")),
                        rs.getString("message"), rs.getLong("rows_read")))
                .list();
    }
}
