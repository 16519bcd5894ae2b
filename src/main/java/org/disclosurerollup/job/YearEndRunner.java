package org.disclosurerollup.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.disclosurerollup.RollupProperties;
import org.disclosurerollup.export.CountsContext;
import org.disclosurerollup.export.YearOutputs;
import org.disclosurerollup.intake.InputFile;
import org.disclosurerollup.intake.InputFingerprint;
import org.disclosurerollup.intake.InputScanner;
import org.disclosurerollup.intake.RunRepository;
import org.disclosurerollup.intake.YearRun;
import org.disclosurerollup.lastyear.LastYearRuns;
import org.disclosurerollup.register.RegisterException;
import org.disclosurerollup.support.Failures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Runs the year-end job for one year: works out the input fingerprint (the files, the register, the settings and the
 * completed run of last year to compare with), then starts a new run, restarts a failed one
 * from its last commit, or reports that nothing changed since the last completed run.
 */
@Component
public class YearEndRunner {

    private static final Logger log = LoggerFactory.getLogger(YearEndRunner.class);
    /** The one line for a run stopped on request (SIGTERM, Ctrl-C): it resumes like a failed one. */
    public static final String STOPPED = "运行已停止，再次运行同一命令即从中断处继续";

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job yearEndJob;
    private final YearRunFactory runs;
    private final YearOutputs outputs;
    private final RunProgress progress;
    private final Path dataFolder;
    private final DataSource dataSource;
    private final RunningJobs runningJobs;
    private final LastYearRuns lastYearRuns;

    YearEndRunner(JobOperator jobOperator, JobRepository jobRepository, Job yearEndJob, YearRunFactory runs,
                  YearOutputs outputs, RunProgress progress, RollupProperties properties, DataSource dataSource,
                  RunningJobs runningJobs, RunRepository runRepository) {
        this.progress = progress;
        this.runningJobs = runningJobs;
        this.dataSource = dataSource;
        this.lastYearRuns = new LastYearRuns(runRepository);
        this.dataFolder = properties.dataDir();
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.yearEndJob = yearEndJob;
        this.runs = runs;
        this.outputs = outputs;
    }

    /** The request of one run, as the command line gives it. */
    public record Request(int year, Path input, Path output, Path units, String district) {
    }

    /**
     * @throws RunSetupException  the request cannot run (folder or register missing or wrong)
     * @throws YearBusyException  a run of the year is going in this or another process on the same data folder, or
     *                            on the same PostgreSQL database
     */
    public RunOutcome run(Request request) throws Exception {
        try (YearLock held = YearLock.take(dataFolder, request.year());
             DatabaseYearLock heldInDatabase = DatabaseYearLock.take(dataSource, request.year())) {
            return runHoldingLock(request);
        }
    }

    /**
     * Asks the runs going in this process to stop at their next commit (on shutdown, e.g. SIGTERM or Ctrl-C): they
     * end STOPPED and {@link #run} returns; the same request later resumes them. Runs started afterwards stop at once.
     */
    public void stopRunning() {
        runningJobs.stopAll();
    }

    private RunOutcome runHoldingLock(Request request) throws Exception {
        Path yearFolder = request.input().resolve(Integer.toString(request.year()));
        if (!Files.isDirectory(yearFolder)) {
            throw new RunSetupException("找不到文件夹 " + yearFolder + "：请把" + request.year() + "年的报表放在该文件夹中，"
                    + "或用 --input 指定输入文件夹");
        }
        if (!Files.isRegularFile(request.units())) {
            throw new RunSetupException("找不到单位名单 " + request.units() + "：请用 --units 指定，或把名单放在输入文件夹的 units.csv");
        }
        YearRun run;
        try {
            run = runs.prepare(request.year(), request.input(), request.output(), request.units(), request.district());
        } catch (RegisterException e) {
            throw new RunSetupException(e.getMessage());
        }
        List<InputFile> files = new InputScanner().scan(yearFolder);
        run = run.comparedWith(lastYearRuns.toCompareWith(run.year(), run.district()));
        run = runs.withFingerprint(run, InputFingerprint.of(files, run.register().sha256(), run.fingerprintSettings()));
        JobParameters parameters = runs.parameters(run);
        JobInstance instance = jobRepository.getJobInstance(YearEndJobConfiguration.JOB_NAME, parameters);
        try {
            return startOrRestart(run, files, parameters, instance);
        } finally {
            progress.settle(run.year());
        }
    }

    private RunOutcome startOrRestart(YearRun run, List<InputFile> files, JobParameters parameters,
                                      JobInstance instance) throws Exception {
        JobExecution execution;
        if (instance == null) {
            log.info("{}年：开始新的运行，{} 个文件", run.year(), files.size());
            progress.starting(run.year(), files.size());
            execution = jobOperator.start(yearEndJob, parameters);
        } else {
            JobExecution last = jobRepository.getLastJobExecution(instance);
            if (last.getStatus() == BatchStatus.COMPLETED) {
                boolean republish = !outputs.holdsRun(instance.getInstanceId(), run);
                if (republish) {
                    log.info("{}年：输入与运行 #{} 相同，结果文件夹中不是它的结果，重新输出", run.year(), instance.getInstanceId());
                    outputs.publish(instance.getInstanceId(), run);
                }
                return outcome(run, last, true, republish);
            }
            if (last.getStatus().isRunning()) {
                log.warn("{}年：运行 #{} 上次未正常结束，恢复后继续", run.year(), instance.getInstanceId());
                last = jobOperator.recover(last);
            }
            log.info("{}年：从中断处继续运行 #{}", run.year(), instance.getInstanceId());
            progress.starting(run.year(), files.size());
            execution = jobOperator.restart(last);
        }
        return outcome(run, execution, false, false);
    }

    private RunOutcome outcome(YearRun run, JobExecution execution, boolean unchanged, boolean republished) {
        boolean completed = execution.getStatus() == BatchStatus.COMPLETED;
        String failure = completed ? null : execution.getStatus() == BatchStatus.STOPPED ? STOPPED
                : execution.getAllFailureExceptions().stream()
                .map(Failures::messageFor).findFirst().orElse("运行状态为 " + execution.getStatus());
        return new RunOutcome(run.year(), run.template().id(), execution.getJobInstance().getInstanceId(), completed,
                unchanged, republished, CountsContext.read(execution.getExecutionContext()), run.yearOutputFolder(), failure);
    }

}
