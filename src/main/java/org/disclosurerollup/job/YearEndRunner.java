package org.disclosurerollup.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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
import org.disclosurerollup.support.DatabaseServer;
import org.disclosurerollup.support.Failures;
import org.disclosurerollup.support.Faults;
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
 * completed run of last year to compare with), then starts a new run, restarts a failed one from its last commit,
 * settles one whose last start did not end cleanly ({@link UnfinishedRuns}), or reports that nothing changed since the
 * last completed run. A run that loses its database connection waits for the server to come back and goes on from its
 * last commit: the commit's transaction is all or nothing, so the interrupted chunk is simply done again.
 */
@Component
public class YearEndRunner {

    private static final Logger log = LoggerFactory.getLogger(YearEndRunner.class);
    /** The one line for a run stopped on request (SIGTERM, Ctrl-C): it resumes like a failed one. */
    public static final String STOPPED = "运行已停止，再次运行同一命令即从中断处继续";
    /** The exit code of a start found unfinished (killed, or ended UNKNOWN) and settled by the next start. */
    public static final String INTERRUPTED = "INTERRUPTED";

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
    private final UnfinishedRuns unfinishedRuns;
    private final DatabaseOutage outage;
    private final DatabaseServer database;
    private final Faults faults;
    private final int outagesPerRun;

    YearEndRunner(JobOperator jobOperator, JobRepository jobRepository, Job yearEndJob, YearRunFactory runs,
                  YearOutputs outputs, RunProgress progress, RollupProperties properties, DataSource dataSource,
                  RunningJobs runningJobs, RunRepository runRepository, UnfinishedRuns unfinishedRuns,
                  DatabaseServer database, DatabaseSettings settings, Faults faults) {
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
        this.unfinishedRuns = unfinishedRuns;
        this.database = database;
        this.outage = new DatabaseOutage(database, dataSource, settings.outageWait());
        this.faults = faults;
        this.outagesPerRun = settings.outagesPerRun();
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
             DatabaseYearLock heldInDatabase = DatabaseYearLock.notHeldYet(dataSource, request.year())) {
            return runRidingOutOutages(request, heldInDatabase);
        }
    }

    /**
     * Asks the runs going in this process to stop at their next commit (on shutdown, e.g. SIGTERM or Ctrl-C): they
     * end STOPPED and {@link #run} returns; the same request later resumes them. Runs started afterwards stop at once.
     */
    public void stopRunning() {
        runningJobs.stopAll();
    }

    /**
     * Runs the request; when the database is out of reach (from the start, or the connection is lost on the way),
     * waits for the server and goes on, up to the outages allowed.
     */
    private RunOutcome runRidingOutOutages(Request request, DatabaseYearLock heldInDatabase) throws Exception {
        int outages = 0;
        long waitedInAll = 0;
        while (true) {
            Attempt attempt = null;
            Throwable lost;
            try {
                heldInDatabase.hold();
                attempt = runHoldingLock(request);
                lost = attempt.lostConnection();
            } catch (RunSetupException | YearBusyException e) {
                throw e;
            } catch (Exception e) {
                if (!Faults.connectionLost(e)) {
                    throw e;
                }
                lost = e;
            }
            if (lost == null) {
                return outages == 0 ? attempt.outcome() : attempt.outcome().withNotice(outage.riddenOut(outages,
                        waitedInAll));
            }
            outages++;
            log.warn("{}年：数据库 {} 连接中断（第 {} 次），等待恢复", request.year(), database.address(), outages, lost);
            long waited = outages > outagesPerRun ? -1 : waitForDatabase(request.year());
            if (waited < 0) {
                String line = runningJobs.stopping() ? STOPPED
                        : outages > outagesPerRun ? outage.tooMany(outages) : outage.gaveUp();
                progress.settle(request.year());
                if (attempt == null) {
                    throw new DatabaseOutageException(request.year(), line, lost);
                }
                return attempt.outcome().failedWith(line);
            }
            waitedInAll += waited;
            log.info("{}年：数据库 {} 已恢复（等待 {} 秒），从中断处继续", request.year(), database.address(), waited);
        }
    }

    /** The seconds waited until the database answered again; -1 when it did not in time or the run is stopping. */
    private long waitForDatabase(int year) throws InterruptedException {
        long[] waited = {0};
        boolean back = outage.awaitReturn(runningJobs::stopping, seconds -> {
            waited[0] = seconds;
            progress.waitingForDatabase(year, database.address(), seconds, outage.patience().toSeconds());
        });
        return back ? waited[0] : -1;
    }

    /** How one try of the run ended, and the lost connection that ended it, if one did. */
    private record Attempt(RunOutcome outcome, Throwable lostConnection) {
    }

    private Attempt runHoldingLock(Request request) throws Exception {
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
        try {
            return startOrRestart(run, files);
        } finally {
            runningJobs.ended(run.year());
            progress.settle(run.year());
        }
    }

    /**
     * Starts, restarts or settles the input's current run: its first attempt, or the attempt that started it afresh
     * after the one before was abandoned.
     */
    private Attempt startOrRestart(YearRun run, List<InputFile> files) throws Exception {
        int attempt = 1;
        JobParameters parameters = runs.parameters(run, attempt);
        JobInstance instance = jobRepository.getJobInstance(YearEndJobConfiguration.JOB_NAME, parameters);
        while (instance != null && jobRepository.getLastJobExecution(instance).getStatus() == BatchStatus.ABANDONED) {
            parameters = runs.parameters(run, ++attempt);
            instance = jobRepository.getJobInstance(YearEndJobConfiguration.JOB_NAME, parameters);
        }
        String notice = null;
        if (instance != null && jobRepository.getLastJobExecution(instance).getStatus() != BatchStatus.COMPLETED) {
            UnfinishedRuns.Decision decision = unfinishedRuns.settle(instance);
            notice = decision.reason();
            if (decision.way() == UnfinishedRuns.Way.START_AFRESH) {
                parameters = runs.parameters(run, ++attempt);
                instance = null;
            }
            if (decision.way() == UnfinishedRuns.Way.COMPLETED) {
                JobExecution last = jobRepository.getLastJobExecution(instance);
                boolean republish = !outputs.holdsRun(instance.getInstanceId(), run);
                if (republish) {
                    outputs.publish(instance.getInstanceId(), run);
                }
                return attempt(run, last, false, false, notice);
            }
        }
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
                return attempt(run, last, true, republish, null);
            }
            log.info("{}年：从中断处继续运行 #{}", run.year(), instance.getInstanceId());
            progress.starting(run.year(), files.size());
            execution = jobOperator.restart(last);
        }
        return attempt(run, execution, false, false, notice);
    }

    private Attempt attempt(YearRun run, JobExecution execution, boolean unchanged, boolean republished,
                            String notice) {
        boolean completed = execution.getStatus() == BatchStatus.COMPLETED;
        List<Throwable> failures = execution.getAllFailureExceptions();
        Faults here = faults.with("结果文件夹", run.outputFolder());
        String failure = completed ? null : execution.getStatus() == BatchStatus.STOPPED ? STOPPED
                : failures.stream().map(here::of).flatMap(Optional::stream).map(Faults.Fault::line).findFirst()
                .orElse(failures.stream().map(Failures::messageFor).findFirst()
                        .orElse("运行状态为 " + execution.getStatus()));
        Throwable lost = completed || execution.getStatus() == BatchStatus.STOPPED ? null
                : failures.stream().filter(Faults::connectionLost).findFirst().orElse(null);
        return new Attempt(new RunOutcome(run.year(), run.template().id(), execution.getJobInstance().getInstanceId(),
                completed, unchanged, republished, CountsContext.read(execution.getExecutionContext()),
                run.yearOutputFolder(), failure, notice), lost);
    }

    /**
     * The run lost its database connection where Batch could not even record how it ended (or before it got going),
     * and the server did not come back within the wait: the message is the one line to show.
     */
    public static final class DatabaseOutageException extends RuntimeException {

        private final int year;

        DatabaseOutageException(int year, String message, Throwable cause) {
            super(message, cause);
            this.year = year;
        }

        public int year() {
            return year;
        }
    }
}
