package org.disclosurerollup.job;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disclosurerollup.audit.ProblemRepository;
import org.disclosurerollup.consolidation.TotalsRepository;
import org.disclosurerollup.intake.FileRangePartitioner;
import org.disclosurerollup.intake.InputFileRepository;
import org.disclosurerollup.intake.RunRepository;
import org.disclosurerollup.intake.RunUnitRepository;
import org.disclosurerollup.submission.SubmissionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decides how a run goes on when its last start did not end cleanly: the process was killed (the start is still
 * marked running), or the start ended UNKNOWN — a failure that could not be rolled back or recorded (a lost
 * connection, a database restart, a network cut), after which Spring Batch refuses to restart the run.
 *
 * <p>Every step keeps its restart state in the same transaction as its work, in the same database: the reading step
 * goes on from the files not yet stored (not from a saved count), every tasklet replaces its own rows, and the export
 * marks the run complete in the transaction that records its outputs. Whatever the failure, the database therefore
 * holds a run cut after one of its commits — the state a kill at that commit leaves, from which a restart is tested to
 * give the uninterrupted outputs. The one thing Batch could not record is how the start ended. So a start left
 * UNKNOWN or running is:
 * <ul>
 *   <li>completed, when the export's transaction is found committed;</li>
 *   <li>else resumed, when its saved state agrees with the rows: every step it ran is a step of this job, the run is
 *       recorded with the same input, and each step recorded as completed left its rows;</li>
 *   <li>else abandoned — its partial rows removed, the start marked ABANDONED — and the same input started afresh as
 *       a new run (see {@link YearRunFactory#parameters}).</li>
 * </ul>
 * The year lock is held meanwhile, so no other process is running the run.
 *
 * <p>One more thing Batch does not do atomically is sharing out the files: it records each share's step, then what
 * the share holds. A share cut between the two (a lost connection, a kill) would fail every restart; what it holds is
 * a function of the run's registered files and the number of shares, both committed, so it is filled in again.
 */
final class UnfinishedRuns {

    private static final Logger log = LoggerFactory.getLogger(UnfinishedRuns.class);

    private static final String INTERRUPTED = YearEndRunner.INTERRUPTED;
    /** Where Batch keeps the number of shares of a partitioned step (SimpleStepExecutionSplitter). */
    private static final String GRID_SIZE = "SimpleStepExecutionSplitter.GRID_SIZE";

    /** How the run goes on; {@code reason} says why, in words for the clerk (null for a plain resume). */
    record Decision(Way way, String reason) {
    }

    enum Way { RESUME, COMPLETED, START_AFRESH }

    private final JobRepository jobRepository;
    private final Collection<String> stepNames;
    private final String workerStepPrefix;
    private final RunRepository runs;
    private final InputFileRepository files;
    private final TotalsRepository totals;
    private final RunUnitRepository units;
    private final SubmissionRepository submissions;
    private final ProblemRepository problems;
    private final TransactionTemplate transaction;
    private final Shares shares;

    /** What each share of a run's files holds, by share name, for a number of shares. */
    interface Shares {
        Map<String, ExecutionContext> of(long runId, int count);
    }

    /**
     * @param stepNames        the job's steps
     * @param workerStepPrefix the name its partitioned step gives its workers ({@code readSubmissionFiles:})
     * @param shares           how the partitioned step shares the files out
     */
    UnfinishedRuns(JobRepository jobRepository, Collection<String> stepNames, String workerStepPrefix, Shares shares,
                   RunRepository runs, InputFileRepository files, TotalsRepository totals, RunUnitRepository units,
                   SubmissionRepository submissions, ProblemRepository problems, TransactionTemplate transaction) {
        this.shares = shares;
        this.jobRepository = jobRepository;
        this.stepNames = List.copyOf(stepNames);
        this.workerStepPrefix = workerStepPrefix;
        this.runs = runs;
        this.files = files;
        this.totals = totals;
        this.units = units;
        this.submissions = submissions;
        this.problems = problems;
        this.transaction = transaction;
    }

    /**
     * Before a run that did not complete goes on: settles its unfinished starts and fills in its shares cut short,
     * recording the decision in the job repository. A run with nothing to settle resumes, without a reason.
     */
    Decision settle(JobInstance instance) {
        List<JobExecution> starts = jobRepository.getJobExecutions(instance);
        Optional<String> sharesLost = fillInShares(instance.getInstanceId(), starts);
        List<JobExecution> unsettled = unsettled(starts);
        if (unsettled.isEmpty() && sharesLost.isEmpty()) {
            return new Decision(Way.RESUME, null);
        }
        boolean uncertain = unsettled.stream().anyMatch(start -> start.getStatus() == BatchStatus.UNKNOWN
                || start.getStepExecutions().stream().anyMatch(step -> step.getStatus() == BatchStatus.UNKNOWN));
        long runId = instance.getInstanceId();
        if (runs.run(runId).map(run -> run.completedAt() != null).orElse(false)) {
            unsettled.forEach(start -> end(start, BatchStatus.COMPLETED, ExitStatus.COMPLETED.getExitCode(),
                    "中断时导出已提交：按完成处理"));
            return new Decision(Way.COMPLETED, "运行 #" + runId + " 上次中断时结果已全部保存并输出，按完成处理");
        }
        Optional<String> doubt = sharesLost.or(() -> doubt(instance, starts));
        if (doubt.isEmpty()) {
            String how = uncertain ? "状态不明（数据库连接中断等），核对已保存的进度无误" : "进程中断";
            unsettled.forEach(start -> end(start, BatchStatus.FAILED, INTERRUPTED, how + "，从中断处继续"));
            return new Decision(Way.RESUME, uncertain ? "运行 #" + runId + " 上次" + how + "，从中断处继续" : null);
        }
        log.warn("运行 #{} 无法从中断处继续：{}；放弃该运行，重新汇总同一输入", runId, doubt.get());
        transaction.executeWithoutResult(status -> {
            problems.forgetRun(runId);
            submissions.forgetRun(runId);
            totals.forgetRun(runId);
            files.forgetRun(runId);
            units.forgetRun(runId);
        });
        unsettled.forEach(start -> end(start, BatchStatus.ABANDONED, BatchStatus.ABANDONED.name(),
                "已放弃：" + doubt.get() + "；同一输入重新汇总"));
        return new Decision(Way.START_AFRESH, "运行 #" + runId + " 上次中断" + (uncertain ? "时状态不明" : "")
                + "，且无法确认已保存的进度（" + doubt.get() + "）：已放弃该运行，重新汇总同一输入");
    }

    /** Fills in what each share holds where Batch recorded the share's step but not that; what speaks against it. */
    private Optional<String> fillInShares(long runId, List<JobExecution> starts) {
        for (JobExecution start : starts) {
            for (StepExecution step : start.getStepExecutions()) {
                if (!step.getStepName().startsWith(workerStepPrefix)
                        || step.getExecutionContext().containsKey(FileRangePartitioner.FIRST_FILE)) {
                    continue;
                }
                Optional<Integer> count = start.getStepExecutions().stream()
                        .filter(manager -> manager.getStepName().equals(YearEndJobConfiguration.READ_SUBMISSIONS))
                        .map(manager -> manager.getExecutionContext().get(GRID_SIZE)).filter(Long.class::isInstance)
                        .map(size -> ((Long) size).intValue()).findFirst();
                ExecutionContext share = count.map(n -> shares.of(runId, n)
                        .get(step.getStepName().substring(workerStepPrefix.length()))).orElse(null);
                if (share == null) {
                    return Optional.of("无法确定读取步骤 " + step.getStepName() + " 负责的文件");
                }
                share.entrySet().forEach(entry -> step.getExecutionContext().put(entry.getKey(), entry.getValue()));
                jobRepository.updateExecutionContext(step);
                log.info("运行 #{}：读取步骤 {} 负责的文件未记录完整，已按登记的文件补上", runId, step.getStepName());
            }
        }
        return Optional.empty();
    }

    private static List<JobExecution> unsettled(List<JobExecution> starts) {
        return starts.stream().filter(start -> start.getStatus().isRunning() || start.getStatus() == BatchStatus.UNKNOWN
                || start.getStepExecutions().stream().anyMatch(step -> step.getStatus().isRunning()
                        || step.getStatus() == BatchStatus.UNKNOWN)).toList();
    }

    /** What speaks against resuming from the saved state, if anything. */
    private Optional<String> doubt(JobInstance instance, List<JobExecution> starts) {
        List<StepExecution> steps = new ArrayList<>();
        starts.forEach(start -> steps.addAll(start.getStepExecutions()));
        Optional<String> unknownStep = steps.stream().map(StepExecution::getStepName)
                .filter(name -> !stepNames.contains(name) && !name.startsWith(workerStepPrefix)).findFirst();
        if (unknownStep.isPresent()) {
            return Optional.of("它运行过本版本程序没有的步骤 " + unknownStep.get());
        }
        if (steps.stream().noneMatch(step -> step.getCommitCount() > 0 || step.getStatus() == BatchStatus.COMPLETED)) {
            return Optional.empty();
        }
        long runId = instance.getInstanceId();
        String fingerprint = starts.get(0).getJobParameters().getString(YearRunFactory.FINGERPRINT);
        Optional<String> recorded = runs.fingerprint(runId);
        if (recorded.isEmpty() || !recorded.get().equals(fingerprint)) {
            return Optional.of("数据库中没有它的运行记录，或记录的输入不同");
        }
        if (completed(instance, YearEndJobConfiguration.REGISTER_SUBMISSIONS)
                .filter(step -> step.getReadCount() != files.fileCount(runId)).isPresent()) {
            return Optional.of("登记的文件数与数据库中的不符");
        }
        if (completed(instance, YearEndJobConfiguration.READ_SUBMISSIONS).isPresent()
                && files.notYetReadCount(runId) > 0) {
            return Optional.of("记录为已读完的文件在数据库中没有读取结果");
        }
        if (completed(instance, YearEndJobConfiguration.COMPUTE_TOTALS).isPresent() && !totals.hasTotals(runId)) {
            return Optional.of("记录为已算出的汇总数在数据库中没有");
        }
        return Optional.empty();
    }

    private Optional<StepExecution> completed(JobInstance instance, String stepName) {
        return Optional.ofNullable(jobRepository.getLastStepExecution(instance, stepName))
                .filter(step -> step.getStatus() == BatchStatus.COMPLETED);
    }

    /** Records how an unfinished start ended: it and its unfinished steps, with the reason in the exit description. */
    private void end(JobExecution start, BatchStatus status, String exitCode, String description) {
        LocalDateTime now = LocalDateTime.now();
        for (StepExecution step : start.getStepExecutions()) {
            if (step.getStatus().isRunning() || step.getStatus() == BatchStatus.UNKNOWN) {
                step.setStatus(status);
                step.setExitStatus(new ExitStatus(exitCode, description));
                if (step.getEndTime() == null) {
                    step.setEndTime(now);
                }
                jobRepository.update(step);
            }
        }
        start.setStatus(status);
        start.setExitStatus(new ExitStatus(exitCode, description));
        if (start.getEndTime() == null) {
            start.setEndTime(now);
        }
        jobRepository.update(start);
        log.info("运行 #{} 的启动 {}：{}", start.getJobInstance().getInstanceId(), start.getId(), description);
    }
}
