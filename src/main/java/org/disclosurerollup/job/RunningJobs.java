package org.disclosurerollup.job;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.SmartLifecycle;

/**
 * The year-end jobs running in this process (not those of other processes on a shared database), so that a shutdown
 * can stop them at their next commit: they end STOPPED, and the same command resumes them. Once stopping, a job that
 * starts afterwards stops before its first step. A stop that lands after the last step has committed leaves nothing
 * to resume (the outputs are published, the run counts as done): such a job ends COMPLETED. As a lifecycle bean it is
 * stopped first when the context closes (the web console on SIGTERM), and waits for the jobs to end before the
 * database goes.
 */
final class RunningJobs implements JobExecutionListener, SmartLifecycle {

    /** How long closing the context waits for running jobs to reach their next commit. */
    private static final Duration STOP_WAIT = Duration.ofMinutes(1);

    private static final Logger log = LoggerFactory.getLogger(RunningJobs.class);

    private final Set<JobExecution> running = ConcurrentHashMap.newKeySet();
    private final JobRepository jobRepository;
    private final String lastStep;
    private volatile boolean stopping;
    private volatile boolean started;

    /**
     * @param lastStep the job's last step, a tasklet whose one transaction does all its work: once that transaction
     *                 has committed, the step is done even when the stop turned it STOPPED right after the commit
     */
    RunningJobs(JobRepository jobRepository, String lastStep) {
        this.jobRepository = jobRepository;
        this.lastStep = lastStep;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        running.add(execution);
        if (stopping) {
            execution.setStatus(BatchStatus.STOPPING);
        }
    }

    @Override
    public void afterJob(JobExecution execution) {
        forget(execution);
        if (execution.getStatus() == BatchStatus.STOPPED || execution.getStatus() == BatchStatus.STOPPING) {
            lastStepDone(execution).ifPresent(step -> complete(execution, step));
        }
    }

    /**
     * The year's job has returned to the runner, whether or not its listeners heard of its end: Batch calls them only
     * after recording the end, which fails when the database is gone.
     */
    void ended(int year) {
        running.stream().filter(execution -> Long.valueOf(year)
                .equals(execution.getJobParameters().getLong(YearRunFactory.YEAR))).forEach(this::forget);
    }

    private void forget(JobExecution execution) {
        running.remove(execution);
        synchronized (running) {
            running.notifyAll();
        }
    }

    @Override
    public void start() {
        started = true;
    }

    @Override
    public boolean isRunning() {
        return started;
    }

    /** Stops the running jobs at their next commit and waits (at most {@link #STOP_WAIT}) until they have ended. */
    @Override
    public void stop() {
        started = false;
        if (running.isEmpty()) {
            return;
        }
        stopAll();
        long deadline = System.nanoTime() + STOP_WAIT.toNanos();
        synchronized (running) {
            while (!running.isEmpty() && System.nanoTime() < deadline) {
                try {
                    running.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        if (!running.isEmpty()) {
            log.warn("有 {} 个运行在 {} 秒内未能停止：下次运行时会恢复后继续", running.size(), STOP_WAIT.toSeconds());
        }
    }

    /** Whether this process is stopping its runs (shutdown): nothing should wait any more. */
    boolean stopping() {
        return stopping;
    }

    void stopAll() {
        stopping = true;
        for (JobExecution execution : running) {
            try {
                execution.setStatus(BatchStatus.STOPPING);
                jobRepository.update(execution);
                execution.getStepExecutions().stream().filter(step -> step.getStatus().isRunning())
                        .forEach(StepExecution::setTerminateOnly);
                log.info("{}年：收到停止信号，运行 {} 将在下一次提交后停止",
                        execution.getJobParameters().getLong(YearRunFactory.YEAR), execution.getJobInstance().getInstanceId());
            } catch (RuntimeException e) {
                log.warn("运行 {} 未能停止：{}", execution.getJobInstance().getInstanceId(), e.getMessage());
            }
        }
    }

    private Optional<StepExecution> lastStepDone(JobExecution execution) {
        return execution.getStepExecutions().stream()
                .filter(step -> step.getStepName().equals(lastStep))
                .filter(step -> step.getStatus() == BatchStatus.COMPLETED
                        || step.getStatus() == BatchStatus.STOPPED && step.getCommitCount() > 0)
                .findFirst();
    }

    /** The job first, so that updating the step does not take the STOPPED of the job's row for a stop still to come. */
    private void complete(JobExecution execution, StepExecution step) {
        execution.setStatus(BatchStatus.COMPLETED);
        execution.setExitStatus(ExitStatus.COMPLETED);
        if (step.getStatus() != BatchStatus.COMPLETED) {
            step.setStatus(BatchStatus.COMPLETED);
            step.setExitStatus(ExitStatus.COMPLETED);
            jobRepository.update(step);
        }
        log.info("{}年：停止信号到达时运行 {} 已全部完成，按完成处理",
                execution.getJobParameters().getLong(YearRunFactory.YEAR), execution.getJobInstance().getInstanceId());
    }
}
