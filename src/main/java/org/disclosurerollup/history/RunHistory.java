package org.disclosurerollup.history;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.disclosurerollup.export.CountsContext;
import org.disclosurerollup.export.ExportModel;
import org.disclosurerollup.export.YearOutputs;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the run history: a year's runs from {@code rollup_run}, each with its starts from the job repository, and the
 * run whose results the output folder holds from {@code published_output}.
 */
@Component
public class RunHistory {

    private final JdbcClient jdbc;
    private final JobRepository jobs;
    private final YearOutputs outputs;

    RunHistory(JdbcClient jdbc, JobRepository jobs, YearOutputs outputs) {
        this.jdbc = jdbc;
        this.jobs = jobs;
        this.outputs = outputs;
    }

    /** The years that have at least one run, in order. */
    public List<Integer> years() {
        return jdbc.sql("SELECT DISTINCT report_year FROM rollup_run ORDER BY report_year").query(Integer.class).list();
    }

    /** The runs of {@code year}, newest first, and which of them the year's output folder holds now. */
    public YearHistory of(int year, Path yearOutputFolder) {
        Path folder = yearOutputFolder.toAbsolutePath().normalize();
        YearHistory.Published published = published(year, folder).orElse(null);
        YearHistory.Contents contents = contents(published, folder);
        Long runInFolder = contents == YearHistory.Contents.PUBLISHED_RUN ? published.runId() : null;
        List<RunLine> runs = jdbc.sql("""
                        SELECT run_id, fingerprint, input_folder FROM rollup_run WHERE report_year = ?
                        ORDER BY run_id DESC""")
                .param(year)
                .query((rs, n) -> new RunRow(rs.getLong(1), rs.getString(2), rs.getString(3))).list().stream()
                .map(row -> line(row, runInFolder))
                .toList();
        return new YearHistory(year, yearOutputFolder, runs, published, contents);
    }

    private record RunRow(long runId, String fingerprint, String inputFolder) {
    }

    private Optional<YearHistory.Published> published(int year, Path folder) {
        return jdbc.sql("SELECT run_id, published_at FROM published_output WHERE report_year = ? AND output_folder = ?")
                .params(year, folder.toString())
                .query((rs, n) -> new YearHistory.Published(rs.getLong(1), rs.getTimestamp(2).toLocalDateTime()))
                .optional();
    }

    private YearHistory.Contents contents(YearHistory.Published published, Path folder) {
        if (published != null && outputs.holdsRun(published.runId(), folder)) {
            return YearHistory.Contents.PUBLISHED_RUN;
        }
        return outputs.holdsResults(folder) ? YearHistory.Contents.OTHER_RESULTS : YearHistory.Contents.NO_RESULTS;
    }

    private RunLine line(RunRow row, Long runInFolder) {
        JobInstance instance = jobs.getJobInstance(row.runId());
        List<JobExecution> starts = instance == null ? List.of() : jobs.getJobExecutions(instance).stream()
                .sorted(Comparator.comparing(JobExecution::getId)).toList();
        JobExecution last = starts.isEmpty() ? null : starts.get(starts.size() - 1);
        boolean isPublished = runInFolder != null && runInFolder == row.runId();
        return new RunLine(row.runId(), last == null ? BatchStatus.UNKNOWN : last.getStatus(),
                starts.isEmpty() ? null : starts.get(0).getStartTime(), last == null ? null : last.getEndTime(),
                duration(starts), starts.size(), counts(starts), row.fingerprint(), row.inputFolder(), isPublished);
    }

    /** The time the starts took together; null while one has not ended. */
    private static Duration duration(List<JobExecution> starts) {
        Duration total = Duration.ZERO;
        for (JobExecution start : starts) {
            if (start.getStartTime() == null || start.getEndTime() == null) {
                return null;
            }
            total = total.plus(Duration.between(start.getStartTime(), start.getEndTime()));
        }
        return starts.isEmpty() ? null : total;
    }

    /** The end figures of the latest start that got as far as the export. */
    private static ExportModel.Counts counts(List<JobExecution> starts) {
        for (int i = starts.size() - 1; i >= 0; i--) {
            ExportModel.Counts counts = CountsContext.read(starts.get(i).getExecutionContext());
            if (counts != null) {
                return counts;
            }
        }
        return null;
    }
}
