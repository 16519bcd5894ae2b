package org.disclosurerollup.export;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Tables {@code published_output} (which run's results an output folder holds) and {@code rollup_database} (this
 * database's identity, written into the output folders it fills).
 */
@Repository
public class PublishedOutputRepository {

    private final JdbcClient jdbc;

    public PublishedOutputRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A run's results written to an output folder, and when. */
    public record Published(long runId, LocalDateTime at) {
    }

    public Optional<Published> of(int year, String outputFolder) {
        return jdbc.sql("SELECT run_id, published_at FROM published_output WHERE report_year = ? AND output_folder = ?")
                .params(year, outputFolder)
                .query((rs, n) -> new Published(rs.getLong(1), rs.getTimestamp(2).toLocalDateTime())).optional();
    }

    void record(int year, String outputFolder, long runId, LocalDateTime at) {
        jdbc.sql("DELETE FROM published_output WHERE report_year = ? AND output_folder = ?").params(year, outputFolder)
                .update();
        jdbc.sql("INSERT INTO published_output (report_year, output_folder, run_id, published_at) VALUES (?, ?, ?, ?)")
                .params(year, outputFolder, runId, Timestamp.valueOf(at)).update();
    }

    /** This database's id; empty until its first publish. Reads only. */
    Optional<String> databaseId() {
        return jdbc.sql("SELECT MIN(database_id) FROM rollup_database").query(String.class).optional();
    }

    /** This database's id, made at its first publish; racing first publishes on a shared database agree on the least. */
    String createdDatabaseId() {
        jdbc.sql("""
                INSERT INTO rollup_database (database_id)
                SELECT CAST(? AS VARCHAR(36)) FROM (VALUES (1)) AS one (x) WHERE NOT EXISTS (SELECT 1 FROM rollup_database)""")
                .param(UUID.randomUUID().toString()).update();
        return jdbc.sql("SELECT MIN(database_id) FROM rollup_database").query(String.class).single();
    }
}
