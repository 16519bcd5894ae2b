package org.disclosurerollup.job;

import java.time.Clock;
import java.util.List;
import org.disclosurerollup.RollupProperties;
import org.disclosurerollup.audit.ProblemRepository;
import org.disclosurerollup.catalog.Catalog;
import org.disclosurerollup.checking.FileCheck;
import org.disclosurerollup.checking.SubmissionFileLoader;
import org.disclosurerollup.consolidation.ComputeTotalsTasklet;
import org.disclosurerollup.consolidation.CountingSubmissionsTasklet;
import org.disclosurerollup.consolidation.Scope;
import org.disclosurerollup.consolidation.Scopes;
import org.disclosurerollup.consolidation.TotalsRepository;
import org.disclosurerollup.export.ExportResultsTasklet;
import org.disclosurerollup.export.YearOutputs;
import org.disclosurerollup.intake.FileRangePartitioner;
import org.disclosurerollup.intake.InputFileRepository;
import org.disclosurerollup.intake.RegisterSubmissionsTasklet;
import org.disclosurerollup.intake.RegisteredFile;
import org.disclosurerollup.intake.RegisteredFileReader;
import org.disclosurerollup.intake.RunRepository;
import org.disclosurerollup.intake.RunUnitRepository;
import org.disclosurerollup.intake.YearRun;
import org.disclosurerollup.lastyear.CompareWithLastYearTasklet;
import org.disclosurerollup.lastyear.LastYearRuns;
import org.disclosurerollup.reading.SubmissionFileInspector;
import org.disclosurerollup.report.FlagFiguresToVerifyTasklet;
import org.disclosurerollup.report.RunFiguresToVerify;
import org.disclosurerollup.submission.LowerAreaRunRepository;
import org.disclosurerollup.submission.SubmissionRepository;
import org.disclosurerollup.support.RunIds;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The year-end job: {@code registerSubmissions → readSubmissions → chooseCountingSubmissions → compareWithLastYear →
 * computeTotals → flagFiguresToVerify → exportResults}. {@code readSubmissions} shares the files out among several threads (a partition
 * step, each share a chunk step over its files); every step writes through the one transaction manager of the one
 * database, so a crashed run restarts from its last commit.
 */
@Configuration(proxyBeanMethods = false)
public class YearEndJobConfiguration {

    public static final String JOB_NAME = "yearEndJob";
    /** The first step, which counts files as registered rather than read. */
    public static final String REGISTER_SUBMISSIONS = "registerSubmissions";
    /** The step that reads and checks the files, and its workers (one per share of the files). */
    static final String READ_SUBMISSIONS = "readSubmissions";
    static final String READ_SUBMISSION_FILES = "readSubmissionFiles";
    static final String COMPUTE_TOTALS = "computeTotals";
    /** The last step: its one transaction publishes the outputs and marks the run complete. */
    static final String EXPORT_RESULTS = "exportResults";
    /** Shares of the files per reading thread: a thread done early takes another. */
    private static final int SHARES_PER_THREAD = 4;
    private static final String STEP = "#{stepExecution}";

    @Bean
    Catalog catalog() {
        return Catalog.fromClasspath();
    }

    @Bean
    List<Scope> scopes() {
        return Scopes.fromClasspath();
    }

    @Bean
    YearRunFactory yearRunFactory(Catalog catalog, RollupProperties properties) {
        return new YearRunFactory(catalog, properties);
    }

    @Bean
    RunProgress runProgress() {
        return new RunProgress(Clock.systemDefaultZone());
    }

    @Bean
    RunProgressListener runProgressListener(RunProgress runProgress) {
        return new RunProgressListener(runProgress);
    }

    @Bean
    RunJournal runJournal(RollupProperties properties, RunRepository runs) {
        return new RunJournal(properties.dataDir(), runs);
    }

    @Bean
    RunningJobs runningJobs(JobRepository repository) {
        return new RunningJobs(repository, EXPORT_RESULTS);
    }

    @Bean
    SubmissionFileInspector submissionFileInspector(Catalog catalog) {
        return new SubmissionFileInspector(catalog);
    }

    /** The threads that read and check files; idle ones end, so a command-line run holds none when done. */
    @Bean
    ThreadPoolTaskExecutor fileReadingThreads(RollupProperties properties) {
        ThreadPoolTaskExecutor threads = new ThreadPoolTaskExecutor();
        threads.setCorePoolSize(properties.reading().threadCount());
        threads.setMaxPoolSize(properties.reading().threadCount());
        threads.setAllowCoreThreadTimeOut(true);
        threads.setThreadNamePrefix("read-");
        return threads;
    }

    @Bean
    Job yearEndJob(JobRepository repository, Step registerSubmissions, Step readSubmissions,
                   Step chooseCountingSubmissions, Step compareWithLastYear, Step computeTotals,
                   Step flagFiguresToVerify, Step exportResults, RunProgressListener progress, RunningJobs runningJobs,
                   YearRunFactory runs, RunRepository runRepository, RunJournal runJournal) {
        return new JobBuilder(JOB_NAME, repository)
                .listener(new RunRecordListener(runs, runRepository, runJournal))
                .listener(progress)
                .listener(runningJobs)
                .start(registerSubmissions)
                .next(readSubmissions)
                .next(chooseCountingSubmissions)
                .next(compareWithLastYear)
                .next(computeTotals)
                .next(flagFiguresToVerify)
                .next(exportResults)
                .build();
    }

    @Bean
    Step registerSubmissions(JobRepository repository, PlatformTransactionManager tx,
                             RegisterSubmissionsTasklet registerSubmissionsTasklet, RunProgressListener progress) {
        return new StepBuilder(REGISTER_SUBMISSIONS, repository).listener(progress)
                .tasklet(registerSubmissionsTasklet, tx).build();
    }

    @Bean
    @StepScope
    RegisterSubmissionsTasklet registerSubmissionsTasklet(@Value(STEP) StepExecution step, YearRunFactory runs,
                                                          RunRepository runRepository, InputFileRepository files,
                                                          RunUnitRepository units, ProblemRepository problems) {
        YearRun run = run(runs, step);
        LastYearRuns lastYearRuns = new LastYearRuns(runRepository);
        return new RegisterSubmissionsTasklet(run, runRepository, files, units, problems,
                () -> lastYearRuns.toCompareWith(run.year(), run.district()));
    }

    @Bean
    Step readSubmissions(JobRepository repository, FileRangePartitioner fileRangePartitioner,
                         Step readSubmissionFiles, ThreadPoolTaskExecutor fileReadingThreads,
                         RollupProperties properties, RunProgressListener progress) {
        return new StepBuilder(READ_SUBMISSIONS, repository).listener(progress)
                .partitioner(READ_SUBMISSION_FILES, fileRangePartitioner)
                .step(readSubmissionFiles)
                .gridSize(properties.reading().threadCount() * SHARES_PER_THREAD)
                .taskExecutor(fileReadingThreads)
                .build();
    }

    @Bean
    @StepScope
    FileRangePartitioner fileRangePartitioner(@Value(STEP) StepExecution step, InputFileRepository files) {
        return new FileRangePartitioner(files.sizes(RunIds.of(step)));
    }

    @Bean
    Step readSubmissionFiles(JobRepository repository, PlatformTransactionManager tx,
                             RegisteredFileReader registeredFileReader, SubmissionFileLoader submissionFileLoader,
                             RollupProperties properties, RunProgressListener progress) {
        return new StepBuilder(READ_SUBMISSION_FILES, repository)
                .<RegisteredFile, RegisteredFile>chunk(properties.reading().filesPerCommit())
                .transactionManager(tx)
                .listener(progress)
                .reader(registeredFileReader)
                .writer(submissionFileLoader)
                .build();
    }

    @Bean
    @StepScope
    RegisteredFileReader registeredFileReader(@Value(STEP) StepExecution step,
                                              @Value("#{stepExecutionContext['firstFile']}") int firstFile,
                                              @Value("#{stepExecutionContext['lastFile']}") int lastFile,
                                              InputFileRepository files) {
        long runId = RunIds.of(step);
        return new RegisteredFileReader(() -> files.notYetRead(runId, firstFile, lastFile));
    }

    @Bean
    @StepScope
    SubmissionFileLoader submissionFileLoader(@Value(STEP) StepExecution step, YearRunFactory runs, Catalog catalog,
                                              SubmissionFileInspector inspector, RollupProperties properties,
                                              RunRepository runRepository, InputFileRepository files,
                                              SubmissionRepository submissions, ProblemRepository problems,
                                              LowerAreaRunRepository lowerAreaRuns, RunProgressListener progress) {
        YearRun run = run(runs, step);
        long runId = RunIds.of(step);
        return new SubmissionFileLoader(runId, runRepository.cellLayout(runId),
                new FileCheck(run, catalog, inspector, properties.maxFileSize()), files, submissions, problems,
                lowerAreaRuns, rows -> progress.fileLoaded(run.year(), rows));
    }

    @Bean
    Step chooseCountingSubmissions(JobRepository repository, PlatformTransactionManager tx,
                                   CountingSubmissionsTasklet countingSubmissionsTasklet, RunProgressListener progress) {
        return new StepBuilder("chooseCountingSubmissions", repository).listener(progress)
                .tasklet(countingSubmissionsTasklet, tx)
                .build();
    }

    @Bean
    @StepScope
    CountingSubmissionsTasklet countingSubmissionsTasklet(@Value(STEP) StepExecution step, YearRunFactory runs,
                                                          RollupProperties properties, InputFileRepository files,
                                                          SubmissionRepository submissions,
                                                          ProblemRepository problems) {
        return new CountingSubmissionsTasklet(run(runs, step), properties.names().correctionMarks(), files,
                submissions, problems);
    }

    @Bean
    Step compareWithLastYear(JobRepository repository, PlatformTransactionManager tx,
                             CompareWithLastYearTasklet compareWithLastYearTasklet, RunProgressListener progress) {
        return new StepBuilder("compareWithLastYear", repository).listener(progress)
                .tasklet(compareWithLastYearTasklet, tx).build();
    }

    @Bean
    @StepScope
    CompareWithLastYearTasklet compareWithLastYearTasklet(@Value(STEP) StepExecution step, YearRunFactory runs,
                                                          Catalog catalog, RunRepository runRepository,
                                                          SubmissionRepository submissions,
                                                          ProblemRepository problems) {
        return new CompareWithLastYearTasklet(run(runs, step), catalog, runRepository, submissions, problems);
    }

    @Bean
    Step computeTotals(JobRepository repository, PlatformTransactionManager tx, ComputeTotalsTasklet computeTotalsTasklet,
                       RunProgressListener progress) {
        return new StepBuilder(COMPUTE_TOTALS, repository).listener(progress).tasklet(computeTotalsTasklet, tx).build();
    }

    @Bean
    @StepScope
    ComputeTotalsTasklet computeTotalsTasklet(@Value(STEP) StepExecution step, YearRunFactory runs,
                                              List<Scope> scopes, RunRepository runRepository,
                                              SubmissionRepository submissions, TotalsRepository totals) {
        YearRun run = run(runs, step);
        return new ComputeTotalsTasklet(run.template(), Scope.of(scopes, run.register()), runRepository, submissions,
                totals);
    }

    @Bean
    Step flagFiguresToVerify(JobRepository repository, PlatformTransactionManager tx,
                             FlagFiguresToVerifyTasklet flagFiguresToVerifyTasklet, RunProgressListener progress) {
        return new StepBuilder("flagFiguresToVerify", repository).listener(progress)
                .tasklet(flagFiguresToVerifyTasklet, tx).build();
    }

    @Bean
    @StepScope
    FlagFiguresToVerifyTasklet flagFiguresToVerifyTasklet(@Value(STEP) StepExecution step, YearRunFactory runs,
                                                          RunFiguresToVerify figures, SubmissionRepository submissions,
                                                          ProblemRepository problems) {
        return new FlagFiguresToVerifyTasklet(run(runs, step), figures, submissions, problems);
    }

    @Bean
    Step exportResults(JobRepository repository, PlatformTransactionManager tx, ExportResultsTasklet exportResultsTasklet,
                       RunProgressListener progress) {
        return new StepBuilder(EXPORT_RESULTS, repository).listener(progress).tasklet(exportResultsTasklet, tx).build();
    }

    @Bean
    @StepScope
    ExportResultsTasklet exportResultsTasklet(@Value(STEP) StepExecution step, YearRunFactory runs,
                                              YearOutputs yearOutputs, RunRepository runRepository) {
        return new ExportResultsTasklet(run(runs, step), yearOutputs, runRepository);
    }

    private static YearRun run(YearRunFactory runs, StepExecution step) {
        return runs.fromParameters(step.getJobExecution().getJobParameters());
    }
}
