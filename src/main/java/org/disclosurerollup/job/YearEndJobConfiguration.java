package org.disclosurerollup.job;

import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.disclosurerollup.RollupProperties;
import org.disclosurerollup.audit.ProblemLog;
import org.disclosurerollup.catalog.Catalog;
import org.disclosurerollup.checking.CheckedRow;
import org.disclosurerollup.checking.RowChecker;
import org.disclosurerollup.checking.SubmissionChecker;
import org.disclosurerollup.checking.SubmissionKey;
import org.disclosurerollup.checking.SubmissionKeys;
import org.disclosurerollup.checking.SubmissionVerdict;
import org.disclosurerollup.checking.SubmissionVerdictWriter;
import org.disclosurerollup.checking.SubmittedRowWriter;
import org.disclosurerollup.consolidation.ComputeTotalsTasklet;
import org.disclosurerollup.consolidation.CountingSubmissionsTasklet;
import org.disclosurerollup.consolidation.Scope;
import org.disclosurerollup.consolidation.Scopes;
import org.disclosurerollup.export.ExportResultsTasklet;
import org.disclosurerollup.export.YearOutputs;
import org.disclosurerollup.intake.FileRegistry;
import org.disclosurerollup.intake.RegisterSubmissionsTasklet;
import org.disclosurerollup.intake.YearRun;
import org.disclosurerollup.lastyear.CompareWithLastYearTasklet;
import org.disclosurerollup.lastyear.LastYearRuns;
import org.disclosurerollup.reading.FileToRead;
import org.disclosurerollup.reading.SourceRow;
import org.disclosurerollup.reading.SubmissionFileInspector;
import org.disclosurerollup.reading.SubmissionRowReader;
import org.disclosurerollup.support.RunIds;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The year-end job: {@code registerSubmissions → loadSubmissionRows → checkSubmissions → chooseCountingSubmissions →
 * compareWithLastYear → computeTotals → exportResults}. Every step writes through the one transaction manager of the one database, so a
 * crashed run restarts from its last commit.
 */
@Configuration(proxyBeanMethods = false)
public class YearEndJobConfiguration {

    public static final String JOB_NAME = "yearEndJob";
    /** The first step, which counts files as registered rather than read. */
    public static final String REGISTER_SUBMISSIONS = "registerSubmissions";
    /** The last step: its one transaction publishes the outputs and marks the run complete. */
    static final String EXPORT_RESULTS = "exportResults";
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
    FileRegistry fileRegistry(DataSource dataSource) {
        return new FileRegistry(JdbcClient.create(dataSource));
    }

    @Bean
    YearOutputs yearOutputs(DataSource dataSource, List<Scope> scopes) {
        JdbcTemplate streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(1000);
        return new YearOutputs(JdbcClient.create(streaming), scopes);
    }

    @Bean
    RunProgress runProgress() {
        return new RunProgress(Clock.systemDefaultZone());
    }

    @Bean
    RunProgressListener runProgressListener(RunProgress runProgress, DataSource dataSource) {
        return new RunProgressListener(runProgress, JdbcClient.create(dataSource));
    }

    @Bean
    RunJournal runJournal(RollupProperties properties, DataSource dataSource) {
        return new RunJournal(properties.dataDir(), JdbcClient.create(dataSource));
    }

    @Bean
    RunningJobs runningJobs(JobRepository repository) {
        return new RunningJobs(repository, EXPORT_RESULTS);
    }

    @Bean
    Job yearEndJob(JobRepository repository, Step registerSubmissions, Step loadSubmissionRows, Step checkSubmissions,
                   Step chooseCountingSubmissions, Step compareWithLastYear, Step computeTotals,
                   Step exportResults, RunProgressListener progress, RunningJobs runningJobs,
                   YearRunFactory runs, FileRegistry fileRegistry, RunJournal runJournal) {
        return new JobBuilder(JOB_NAME, repository)
                .listener(new RunRecordListener(runs, fileRegistry, runJournal))
                .listener(progress)
                .listener(runningJobs)
                .start(registerSubmissions)
                .next(loadSubmissionRows)
                .next(checkSubmissions)
                .next(chooseCountingSubmissions)
                .next(compareWithLastYear)
                .next(computeTotals)
                .next(exportResults)
                .build();
    }

    @Bean
    SubmissionFileInspector submissionFileInspector(Catalog catalog) {
        return new SubmissionFileInspector(catalog);
    }

    @Bean
    Step registerSubmissions(JobRepository repository, PlatformTransactionManager tx,
                             RegisterSubmissionsTasklet registerSubmissionsTasklet, RunProgressListener progress) {
        return new StepBuilder(REGISTER_SUBMISSIONS, repository).listener(progress)
                .tasklet(registerSubmissionsTasklet, tx).build();
    }

    @Bean
    @StepScope
    RegisterSubmissionsTasklet registerSubmissionsTasklet(@Value(STEP) StepExecution step,
                                                          YearRunFactory runs, FileRegistry registry,
                                                          DataSource dataSource, RollupProperties properties,
                                                          RunProgressListener progress,
                                                          SubmissionFileInspector inspector) {
        YearRun run = run(runs, step);
        LastYearRuns lastYearRuns = new LastYearRuns(JdbcClient.create(dataSource));
        return new RegisterSubmissionsTasklet(run, registry,
                new ProblemLog(new NamedParameterJdbcTemplate(dataSource)), inspector, properties.maxFileSize(),
                () -> lastYearRuns.toCompareWith(run.year(), run.district()), () -> progress.fileRegistered(run.year()));
    }

    @Bean
    Step loadSubmissionRows(JobRepository repository, PlatformTransactionManager tx, SubmissionRowReader submissionRowReader,
                            RowChecker rowChecker, SubmittedRowWriter submittedRowWriter, RollupProperties properties,
                            RunProgressListener progress) {
        return new StepBuilder("loadSubmissionRows", repository)
                .<SourceRow, CheckedRow>chunk(properties.chunks().rows())
                .transactionManager(tx)
                .listener((StepExecutionListener) progress)
                .listener(progress.rowReads())
                .reader(submissionRowReader)
                .processor(rowChecker)
                .writer(submittedRowWriter)
                .build();
    }

    @Bean
    @StepScope
    SubmissionRowReader submissionRowReader(@Value(STEP) StepExecution step, YearRunFactory runs,
                                            FileRegistry registry, SubmissionFileInspector inspector) {
        List<FileToRead> files = registry.readableFiles(RunIds.of(step), run(runs, step).yearFolder());
        return new SubmissionRowReader(files, inspector);
    }

    @Bean
    @StepScope
    RowChecker rowChecker(@Value(STEP) StepExecution step, YearRunFactory runs, Catalog catalog,
                          FileRegistry registry) {
        return new RowChecker(run(runs, step), catalog, registry.files(RunIds.of(step)));
    }

    @Bean
    @StepScope
    SubmittedRowWriter submittedRowWriter(@Value(STEP) StepExecution step, DataSource dataSource) {
        return new SubmittedRowWriter(RunIds.of(step), new NamedParameterJdbcTemplate(dataSource));
    }

    @Bean
    Step checkSubmissions(JobRepository repository, PlatformTransactionManager tx,
                          JdbcCursorItemReader<SubmissionKey> submissionKeyReader, SubmissionChecker submissionChecker,
                          SubmissionVerdictWriter submissionVerdictWriter, RollupProperties properties,
                          RunProgressListener progress) {
        return new StepBuilder("checkSubmissions", repository)
                .listener((StepExecutionListener) progress)
                .<SubmissionKey, SubmissionVerdict>chunk(properties.chunks().submissions())
                .transactionManager(tx)
                .reader(submissionKeyReader)
                .processor(submissionChecker)
                .writer(submissionVerdictWriter)
                .build();
    }

    @Bean
    @StepScope
    JdbcCursorItemReader<SubmissionKey> submissionKeyReader(@Value(STEP) StepExecution step, DataSource dataSource) {
        return SubmissionKeys.reader(RunIds.of(step), dataSource);
    }

    @Bean
    @StepScope
    SubmissionChecker submissionChecker(@Value(STEP) StepExecution step, YearRunFactory runs,
                                        Catalog catalog, FileRegistry registry, DataSource dataSource) {
        return new SubmissionChecker(RunIds.of(step), run(runs, step), catalog, registry.files(RunIds.of(step)),
                JdbcClient.create(dataSource));
    }

    @Bean
    @StepScope
    SubmissionVerdictWriter submissionVerdictWriter(@Value(STEP) StepExecution step, DataSource dataSource) {
        return new SubmissionVerdictWriter(RunIds.of(step), new NamedParameterJdbcTemplate(dataSource));
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
                                                          DataSource dataSource, RollupProperties properties) {
        return new CountingSubmissionsTasklet(JdbcClient.create(dataSource),
                new ProblemLog(new NamedParameterJdbcTemplate(dataSource)), run(runs, step),
                properties.names().correctionMarks());
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
                                                          Catalog catalog, DataSource dataSource) {
        return new CompareWithLastYearTasklet(run(runs, step), catalog, JdbcClient.create(dataSource),
                new ProblemLog(new NamedParameterJdbcTemplate(dataSource)));
    }

    @Bean
    Step computeTotals(JobRepository repository, PlatformTransactionManager tx, ComputeTotalsTasklet computeTotalsTasklet,
                       RunProgressListener progress) {
        return new StepBuilder("computeTotals", repository).listener(progress).tasklet(computeTotalsTasklet, tx).build();
    }

    @Bean
    @StepScope
    ComputeTotalsTasklet computeTotalsTasklet(@Value(STEP) StepExecution step, YearRunFactory runs,
                                              List<Scope> scopes, DataSource dataSource) {
        return new ComputeTotalsTasklet(run(runs, step).template(), scopes, new NamedParameterJdbcTemplate(dataSource));
    }

    @Bean
    Step exportResults(JobRepository repository, PlatformTransactionManager tx, ExportResultsTasklet exportResultsTasklet,
                       RunProgressListener progress) {
        return new StepBuilder(EXPORT_RESULTS, repository).listener(progress).tasklet(exportResultsTasklet, tx).build();
    }

    @Bean
    @StepScope
    ExportResultsTasklet exportResultsTasklet(@Value(STEP) StepExecution step, YearRunFactory runs,
                                              YearOutputs yearOutputs, DataSource dataSource) {
        return new ExportResultsTasklet(run(runs, step), yearOutputs, JdbcClient.create(dataSource));
    }

    private static YearRun run(YearRunFactory runs, StepExecution step) {
        return runs.fromParameters(step.getJobExecution().getJobParameters());
    }
}
