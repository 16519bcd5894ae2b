package org.disclosurerollup.job;

import org.disclosurerollup.intake.FileStatus;
import org.disclosurerollup.reading.SourceRow;
import org.disclosurerollup.support.RunIds;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.ItemReadListener;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tells {@link RunProgress} what the year-end job is doing: its steps, the files registered, every row read (those of
 * files rejected whole at registration too, so that the last count equals the summary's rows read).
 */
final class RunProgressListener implements JobExecutionListener, StepExecutionListener {

    private final RunProgress progress;
    private final JdbcClient jdbc;
    private final ThreadLocal<int[]> yearAndFile = ThreadLocal.withInitial(() -> new int[] {0, -1});

    /** @param jdbc where the registration step left the rows it counted of the files it rejected whole */
    RunProgressListener(RunProgress progress, JdbcClient jdbc) {
        this.progress = progress;
        this.jdbc = jdbc;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        progress.started(year(execution), execution.getJobInstance().getInstanceId());
    }

    @Override
    public void afterJob(JobExecution execution) {
        progress.ended(year(execution), execution.getStatus().name());
    }

    @Override
    public void beforeStep(StepExecution step) {
        int year = year(step.getJobExecution());
        yearAndFile.set(new int[] {year, -1});
        progress.step(year, step.getStepName());
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        if (step.getStepName().equals(YearEndJobConfiguration.REGISTER_SUBMISSIONS)) {
            int year = year(step.getJobExecution());
            progress.filesRegistered(year, (int) step.getReadCount());
            progress.rowsRead(year, rowsOfFilesRejectedWhole(RunIds.of(step)));
        }
        return step.getExitStatus();
    }

    /**
     * For the loading step only: every row read. (A separate object, as a chunk step registers a listener for every
     * listener interface it implements, and the other steps read other items.)
     */
    ItemReadListener<SourceRow> rowReads() {
        return new ItemReadListener<>() {
            @Override
            public void afterRead(SourceRow row) {
                int[] current = yearAndFile.get();
                boolean newFile = row.fileId() != current[1];
                current[1] = row.fileId();
                progress.rowRead(current[0], newFile);
            }
        };
    }

    /** The rows counted for files that the loading step will not read (the summary counts them as read). */
    private long rowsOfFilesRejectedWhole(long runId) {
        return jdbc.sql("SELECT COALESCE(SUM(rows_read), 0) FROM input_file WHERE run_id = ? AND status <> ?")
                .params(runId, FileStatus.READABLE.id()).query(Long.class).single();
    }

    /** Called by the registration step for each file it has registered. */
    void fileRegistered(int year) {
        progress.fileRegistered(year);
    }

    private static int year(JobExecution execution) {
        return execution.getJobParameters().getLong(YearRunFactory.YEAR).intValue();
    }
}
