package org.disclosurerollup.job;

import com.zaxxer.hikari.HikariDataSource;
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
import org.disclosurerollup.support.KeepAliveSocketFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.ListableStepLocator;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** What the runs need to live with their database: its name for messages, and settling runs it left unfinished. */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfiguration {

    /** Besides one per reading thread: the year's lock, the job's own bookkeeping, a console page. */
    private static final int CONNECTIONS_BESIDES_READING = 4;
    /** HikariCP's pool size when none is set. */
    private static final int HIKARI_DEFAULT_SIZE = 10;

    /**
     * A pool with a connection for every reading thread and a few more: a thread must never wait out the pool's
     * connection timeout (which is short, so that a database restart is noticed) behind the others on a machine with
     * many cores. A PostgreSQL connection whose network is cut is noticed by TCP keepalive
     * ({@link KeepAliveSocketFactory}) rather than waited on for ever.
     */
    @Bean
    static BeanPostProcessor poolForOutages(Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource pool) {
                    int threads = environment.getProperty("rollup.reading.threads", Integer.class, 0);
                    int needed = (threads > 0 ? threads : Runtime.getRuntime().availableProcessors())
                            + CONNECTIONS_BESIDES_READING;
                    if (pool.getJdbcUrl() != null && pool.getJdbcUrl().startsWith("jdbc:postgresql:")
                            && !pool.getDataSourceProperties().containsKey("socketFactory")) {
                        pool.addDataSourceProperty("socketFactory", KeepAliveSocketFactory.class.getName());
                    }
                    int size = pool.getMaximumPoolSize() < 1 ? HIKARI_DEFAULT_SIZE : pool.getMaximumPoolSize();
                    if (size < needed) {
                        pool.setMaximumPoolSize(needed);
                    }
                }
                return bean;
            }
        };
    }

    @Bean
    DatabaseServer databaseServer(DataSource dataSource) {
        return DatabaseServer.of(dataSource);
    }

    @Bean
    RunNumbersWithoutGaps runNumbersWithoutGaps(JdbcClient jdbc, DatabaseServer databaseServer) {
        return new RunNumbersWithoutGaps(jdbc, databaseServer);
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
