package org.disclosurerollup.job;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Tells {@link RunProgress} what the year-end job is doing: its steps, the files registered, and every file loaded with
 * its rows (those of files rejected whole too, so that the last count equals the summary's rows read).
 */
final class RunProgressListener implements JobExecutionListener, StepExecutionListener {

    private final RunProgress progress;

    RunProgressListener(RunProgress progress) {
        this.progress = progress;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        progress.started(year(execution), execution.getJobInstance().getInstanceId());
    }

    @Override
    public void afterJob(JobExecution execution) {
        progress.ended(year(execution), execution.getStatus().name());
    }

    /** A worker of the reading step is named {@code readSubmissionFiles:share3}: its step is the reading. */
    @Override
    public void beforeStep(StepExecution step) {
        String name = step.getStepName();
        progress.step(year(step.getJobExecution()), name.contains(":") ? name.substring(0, name.indexOf(':')) : name);
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        if (step.getStepName().equals(YearEndJobConfiguration.REGISTER_SUBMISSIONS)) {
            progress.filesRegistered(year(step.getJobExecution()), (int) step.getReadCount());
        }
        return step.getExitStatus();
    }

    /** Called by the reading step for each file it has loaded. */
    void fileLoaded(int year, long rows) {
        progress.fileRead(year, rows);
    }

    private static int year(JobExecution execution) {
        return execution.getJobParameters().getLong(YearRunFactory.YEAR).intValue();
    }
}
