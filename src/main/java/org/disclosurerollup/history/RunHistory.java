package org.disclosurerollup.history;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.disclosurerollup.export.CountsContext;
import org.disclosurerollup.export.ExportModel;
import org.disclosurerollup.export.PublishedOutputRepository;
import org.disclosurerollup.export.YearOutputs;
import org.disclosurerollup.intake.RunRepository;
import org.disclosurerollup.job.YearEndRunner;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Reads the run history: a year's runs from {@code rollup_run}, each with its starts from the job repository, and the
 * run whose results the output folder holds from {@code published_output}.
 */
@Component
public class RunHistory {

    private final RunRepository runs;
    private final PublishedOutputRepository publishedOutputs;
    private final JobRepository jobs;
    private final YearOutputs outputs;

    RunHistory(RunRepository runs, PublishedOutputRepository publishedOutputs, JobRepository jobs,
               YearOutputs outputs) {
        this.runs = runs;
        this.publishedOutputs = publishedOutputs;
        this.jobs = jobs;
        this.outputs = outputs;
    }

    /** The years that have at least one run, in order. */
    public List<Integer> years() {
        return runs.years();
    }

    /** The runs of {@code year}, newest first, and which of them the year's output folder holds now. */
    public YearHistory of(int year, Path yearOutputFolder) {
        Path folder = yearOutputFolder.toAbsolutePath().normalize();
        YearHistory.Published published = published(year, folder).orElse(null);
        YearHistory.Contents contents = contents(published, folder);
        Long runInFolder = contents == YearHistory.Contents.PUBLISHED_RUN ? published.runId() : null;
        List<RunRepository.Started> started = runs.runsOf(year);
        List<RunLine> lines = started.stream().map(run -> line(run, runInFolder, redoneAs(run, started))).toList();
        return new YearHistory(year, yearOutputFolder, lines, published, contents);
    }

    private Optional<YearHistory.Published> published(int year, Path folder) {
        return publishedOutputs.of(year, folder.toString())
                .map(published -> new YearHistory.Published(published.runId(), published.at()));
    }

    private YearHistory.Contents contents(YearHistory.Published published, Path folder) {
        if (published != null && outputs.holdsRun(published.runId(), folder)) {
            return YearHistory.Contents.PUBLISHED_RUN;
        }
        return outputs.holdsResults(folder) ? YearHistory.Contents.OTHER_RESULTS : YearHistory.Contents.NO_RESULTS;
    }

    /** The next run of the same input (runs newest first), which redid it if it was abandoned. */
    private static Long redoneAs(RunRepository.Started run, List<RunRepository.Started> runs) {
        return runs.stream().filter(other -> other.runId() > run.runId() && other.fingerprint().equals(run.fingerprint()))
                .map(RunRepository.Started::runId).min(Comparator.naturalOrder()).orElse(null);
    }

    private RunLine line(RunRepository.Started row, Long runInFolder, Long redoneAs) {
        JobInstance instance = jobs.getJobInstance(row.runId());
        List<JobExecution> starts = instance == null ? List.of() : jobs.getJobExecutions(instance).stream()
                .sorted(Comparator.comparing(JobExecution::getId)).toList();
        JobExecution last = starts.isEmpty() ? null : starts.get(starts.size() - 1);
        boolean isPublished = runInFolder != null && runInFolder == row.runId();
        return new RunLine(row.runId(), last == null ? BatchStatus.UNKNOWN : last.getStatus(),
                starts.isEmpty() ? null : starts.get(0).getStartTime(), last == null ? null : last.getEndTime(),
                duration(starts), starts.size(), counts(starts), row.fingerprint(), row.inputFolder(), isPublished,
                (int) starts.stream().filter(start -> YearEndRunner.INTERRUPTED.equals(start.getExitStatus().getExitCode())).count(),
                last != null && last.getStatus() == BatchStatus.ABANDONED ? redoneAs : null);
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
