package org.disclosurerollup.schedule;

import java.time.Clock;
import org.disclosurerollup.RollupProperties;
import org.disclosurerollup.job.ExclusiveYearRuns;
import org.disclosurerollup.job.RunFolders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;

/** Starts the schedule with the console when {@code rollup.schedule.cron} is set. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ScheduleConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ScheduleConfiguration.class);

    @Bean
    ScheduledRunLog scheduledRunLog() {
        return new ScheduledRunLog();
    }

    @Bean
    ScheduledRuns scheduledRuns(ScheduleProperties schedule, ExclusiveYearRuns runs, RunFolders folders,
                                RollupProperties properties, ScheduledRunLog runLog) {
        return new ScheduledRuns(schedule, runs, folders, properties.district(), Clock.systemUTC(), runLog);
    }

    @Bean(destroyMethod = "shutdown")
    ThreadPoolTaskScheduler yearRunSchedule(ScheduleProperties schedule, ScheduledRuns scheduledRuns) {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("schedule-");
        scheduler.initialize();
        if (schedule.enabled()) {
            CronTrigger trigger = trigger(schedule);
            scheduler.schedule(scheduledRuns, trigger);
            log.info("定时运行已启用：{}（{}）", schedule.cron(), schedule.zone());
        }
        return scheduler;
    }

    static CronTrigger trigger(ScheduleProperties schedule) {
        try {
            return new CronTrigger(schedule.cron(), schedule.zone());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("rollup.schedule.cron 的值“" + schedule.cron() + "”不是有效的 cron 表达式（"
                    + "六项，秒在前，如 0 0 2 * 1 * 表示一月每天凌晨 2 点）", e);
        }
    }
}
