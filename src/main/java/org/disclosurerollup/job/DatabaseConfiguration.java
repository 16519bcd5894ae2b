package org.disclosurerollup.job;

import javax.sql.DataSource;
import org.disclosurerollup.RollupProperties;
import org.disclosurerollup.audit.ProblemRepository;
import org.disclosurerollup.consolidation.TotalsRepository;
import org.disclosurerollup.intake.FileRangePartitioner;
import org.disclosurerollup.intake.InputFileRepository;
import org.disclosurerollup.intake.RunRepository;
import org.disclosurerollup.intake.RunUnitRepository;
import org.disclosurerollup.submission.SubmissionRepository;
import org.disclosurerollup.support.DatabaseServer;
import org.disclosurerollup.support.Faults;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.ListableStepLocator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** What the runs need to live with their database: its name for messages, and settling runs it left unfinished. */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfiguration {

    @Bean
    DatabaseServer databaseServer(DataSource dataSource) {
        return DatabaseServer.of(dataSource);
    }

    @Bean
    Faults faults(DatabaseServer databaseServer, RollupProperties properties) {
        return new Faults(databaseServer, properties.dataDir());
    }

    @Bean
    UnfinishedRuns unfinishedRuns(JobRepository jobRepository, Job yearEndJob, RunRepository runs,
                                  InputFileRepository files, TotalsRepository totals, RunUnitRepository units,
                                  SubmissionRepository submissions, ProblemRepository problems,
                                  PlatformTransactionManager transactionManager) {
        return new UnfinishedRuns(jobRepository, ((ListableStepLocator) yearEndJob).getStepNames(),
                YearEndJobConfiguration.READ_SUBMISSION_FILES + ":",
                (runId, count) -> new FileRangePartitioner(files.sizes(runId)).partition(count), runs, files, totals,
                units, submissions, problems, new TransactionTemplate(transactionManager));
    }
}
