package org.disclosurerollup.web;

import java.time.Clock;
import org.disclosurerollup.audit.ProblemRepository;
import org.disclosurerollup.catalog.Catalog;
import org.disclosurerollup.export.ExportModelLoader;
import org.disclosurerollup.export.PublishedOutputRepository;
import org.disclosurerollup.intake.InputFileRepository;
import org.disclosurerollup.intake.RunRepository;
import org.disclosurerollup.job.ExclusiveYearRuns;
import org.disclosurerollup.job.RunFolders;
import org.disclosurerollup.job.YearEndRunner;
import org.disclosurerollup.job.YearRunFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/** The web console's shared parts: runs in the background, never two of one year at once. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ConsoleConfiguration {

    @Bean
    ExclusiveYearRuns exclusiveYearRuns(YearEndRunner runner) {
        SimpleAsyncTaskExecutor background = new SimpleAsyncTaskExecutor("year-run-");
        return new ExclusiveYearRuns(runner, background, Clock.systemDefaultZone());
    }

    @Bean
    ConsoleYears consoleYears(Catalog catalog, RunFolders folders) {
        return new ConsoleYears(catalog, folders);
    }

    @Bean
    OutputFiles outputFiles(RunFolders folders) {
        return new OutputFiles(folders);
    }

    @Bean
    YearStatusReader yearStatusReader(ExportModelLoader models, PublishedOutputRepository published,
                                      RunRepository runs, InputFileRepository files, ProblemRepository problems,
                                      YearRunFactory yearRuns, RunFolders folders, OutputFiles outputs) {
        return new YearStatusReader(models, published, runs, files, problems, yearRuns, folders, outputs);
    }

    /** Outside every other filter, Spring Security's too: see {@link UploadLimitFilter}. */
    @Bean
    FilterRegistrationBean<UploadLimitFilter> uploadLimitFilter(UploadLimitAdvice limits) {
        FilterRegistrationBean<UploadLimitFilter> registration =
                new FilterRegistrationBean<>(new UploadLimitFilter(limits.message()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
