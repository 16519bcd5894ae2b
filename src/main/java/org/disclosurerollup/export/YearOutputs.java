package org.disclosurerollup.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.disclosurerollup.consolidation.Scope;
import org.disclosurerollup.intake.YearRun;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The outputs of a year in its output folder: written from one run's results in the database, published all at
 * once, and remembered, so that a rerun knows whether the folder still holds that run's results.
 */
public final class YearOutputs {

    /** Hidden, so that neither the console's downloads nor a clerk's file list show it. */
    static final String ORIGIN_FILE = ".disclosure-rollup-origin";
    static final List<String> CSV_FILES = List.of("totals.csv", "rejected-rows.csv", "submissions.csv");

    private final JdbcClient jdbc;
    private final List<Scope> scopes;

    public YearOutputs(JdbcClient jdbc, List<Scope> scopes) {
        this.jdbc = jdbc;
        this.scopes = scopes;
    }

    /** Writes and publishes the outputs of run {@code runId}; returns the figures they show. */
    public ExportModel.Counts publish(long runId, YearRun run) throws IOException {
        ExportModel model = new ExportModelLoader(jdbc).load(runId, run, scopes);
        try {
            String origin = origin(createdDatabaseId(), runId);
            OutputPublisher.publish(run.yearOutputFolder(), folder -> {
                new YearOutputWriter().writeAll(model, folder);
                Files.writeString(folder.resolve(ORIGIN_FILE), origin, StandardCharsets.UTF_8);
            });
        } catch (IOException e) {
            throw new IOException("无法写入结果文件夹 " + run.yearOutputFolder() + "（" + e.getMessage()
                    + "）：请检查该位置是否是文件夹、是否有写入权限、结果文件是否正被 Excel 等程序打开", e);
        }
        String folder = key(run);
        jdbc.sql("DELETE FROM published_output WHERE report_year = ? AND output_folder = ?").params(run.year(), folder)
                .update();
        jdbc.sql("INSERT INTO published_output (report_year, output_folder, run_id, published_at) VALUES (?, ?, ?, ?)")
                .params(run.year(), folder, runId, Timestamp.valueOf(LocalDateTime.now())).update();
        return model.facts().counts();
    }

    /** True when the year's output folder holds the complete outputs of run {@code runId}. */
    public boolean holdsRun(long runId, YearRun run) {
        Optional<Long> published = jdbc.sql("""
                        SELECT run_id FROM published_output WHERE report_year = ? AND output_folder = ?""")
                .params(run.year(), key(run)).query(Long.class).optional();
        if (published.isEmpty() || published.get() != runId) {
            return false;
        }
        Path folder = run.yearOutputFolder();
        return holdsOrigin(runId, folder)
                && Files.isRegularFile(folder.resolve(YearOutputWriter.workbookName(run.district(), run.year())))
                && CSV_FILES.stream().allMatch(name -> Files.isRegularFile(folder.resolve(name)));
    }

    /** True when {@code yearOutputFolder} holds outputs that run {@code runId} of this database wrote (or rewrote). */
    public boolean holdsRun(long runId, Path yearOutputFolder) {
        return holdsOrigin(runId, yearOutputFolder) && holdsResults(yearOutputFolder);
    }

    /** True when {@code yearOutputFolder} holds results ({@code totals.csv}), whichever database and run wrote them. */
    public boolean holdsResults(Path yearOutputFolder) {
        return Files.isRegularFile(yearOutputFolder.resolve("totals.csv"));
    }

    /** Reads only: a database that never published has no id yet, and holds no folder. */
    private boolean holdsOrigin(long runId, Path folder) {
        String id = jdbc.sql("SELECT MIN(database_id) FROM rollup_database").query(String.class).optional()
                .orElse(null);
        return id != null && origin(id, runId).equals(readQuietly(folder.resolve(ORIGIN_FILE)));
    }

    /** Which database and run the outputs in a folder come from (two data folders may share one output folder). */
    private static String origin(String databaseId, long runId) {
        return "database=" + databaseId + "\nrun=" + runId + "\n";
    }

    /** This database's id, made at its first publish; racing first publishes on a shared database agree on the least. */
    private String createdDatabaseId() {
        jdbc.sql("""
                INSERT INTO rollup_database (database_id)
                SELECT CAST(? AS VARCHAR(36)) FROM (VALUES (1)) AS one (x) WHERE NOT EXISTS (SELECT 1 FROM rollup_database)""")
                .param(UUID.randomUUID().toString()).update();
        return jdbc.sql("SELECT MIN(database_id) FROM rollup_database").query(String.class).single();
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static String key(YearRun run) {
        return run.yearOutputFolder().toAbsolutePath().normalize().toString();
    }
}
