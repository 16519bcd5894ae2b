package org.disclosurerollup.job;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The year-end jobs running in this process (not those of other processes on a shared database), so that a shutdown
 * can stop them at their next commit: they end STOPPED, and the same command resumes them. Once stopping, a job that
 * starts afterwards stops before its first step.
 */
final class RunningJobs implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(RunningJobs.class);

    private final Set<JobExecution> running = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

    @Override
    public void beforeJob(JobExecution execution) {
        running.add(execution);
        if (stopping) {
            execution.setStatus(BatchStatus.STOPPING);
        }
    }

    @Override
    public void afterJob(JobExecution execution) {
        running.remove(execution);
    }

    void stopAll(JobRepository jobRepository) {
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
}
