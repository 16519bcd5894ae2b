package org.disclosurerollup.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/** Closing the context (the web console on SIGTERM) stops the running jobs and waits for them before the database goes. */
class RunningJobsTest {

    private final JobRepository repository = mock(JobRepository.class);
    private final RunningJobs jobs = new RunningJobs(repository, YearEndJobConfiguration.EXPORT_RESULTS);

    @Test
    void stoppingTheLifecycleAsksRunningJobsToStopAndWaitsUntilTheyHaveEnded() throws Exception {
        JobExecution execution = new JobExecution(7, new JobInstance(3, YearEndJobConfiguration.JOB_NAME),
                new JobParametersBuilder().addLong(YearRunFactory.YEAR, 2024L).toJobParameters());
        StepExecution loading = new StepExecution(1, "readSubmissionFiles:share0", execution);
        loading.setStatus(BatchStatus.STARTED);
        execution.addStepExecution(loading);
        execution.setStatus(BatchStatus.STARTED);
        jobs.start();
        jobs.beforeJob(execution);
        AtomicBoolean stopReturned = new AtomicBoolean();
        Thread closing = new Thread(() -> {
            jobs.stop();
            stopReturned.set(true);
        });

        closing.start();
        while (!loading.isTerminateOnly()) {
            Thread.onSpinWait();
        }
        assertThat(stopReturned).isFalse();
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.STOPPING);
        verify(repository).update(execution);
        jobs.afterJob(execution);
        closing.join();

        assertThat(stopReturned).isTrue();
        assertThat(jobs.isRunning()).isFalse();
    }

    @Test
    void withNothingRunningStoppingReturnsAtOnce() {
        jobs.start();

        jobs.stop();

        assertThat(jobs.isRunning()).isFalse();
    }
}
