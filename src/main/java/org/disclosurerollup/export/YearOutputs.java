package org.disclosurerollup.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.disclosurerollup.consolidation.Scope;
import org.disclosurerollup.intake.YearRun;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The outputs of a year in its output folder: written from one run's results in the database, published all at
 * once, and remembered, so that a rerun knows whether the folder still holds that run's results.
 */
public final class YearOutputs {

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
            OutputPublisher.publish(run.yearOutputFolder(), folder -> new YearOutputWriter().writeAll(model, folder));
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
        return Files.isRegularFile(folder.resolve(YearOutputWriter.workbookName(run.district(), run.year())))
                && CSV_FILES.stream().allMatch(name -> Files.isRegularFile(folder.resolve(name)));
    }

    private static String key(YearRun run) {
        return run.yearOutputFolder().toAbsolutePath().normalize().toString();
    }
}
