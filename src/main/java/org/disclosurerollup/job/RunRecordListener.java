package org.disclosurerollup.job;

import java.time.LocalDateTime;
import org.disclosurerollup.intake.RunRepository;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * Puts a run in {@code rollup_run} the moment it starts, so the history shows a run that died in its first step, and
 * in the data folder's {@link RunJournal}.
 */
final class RunRecordListener implements JobExecutionListener {

    private final YearRunFactory runs;
    private final RunRepository registry;
    private final RunJournal journal;

    RunRecordListener(YearRunFactory runs, RunRepository registry, RunJournal journal) {
        this.runs = runs;
        this.registry = registry;
        this.journal = journal;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        registry.recordStarting(execution.getJobInstance().getInstanceId(),
                runs.fromParameters(execution.getJobParameters()), LocalDateTime.now());
        journal.record(execution.getJobInstance().getInstanceId());
    }
}
