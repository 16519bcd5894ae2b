package org.disclosurerollup.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.disclosurerollup.job.ExclusiveYearRuns;
import org.disclosurerollup.job.RunFolders;
import org.disclosurerollup.job.RunOutcome;
import org.disclosurerollup.job.YearEndRunner;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.scheduling.support.SimpleTriggerContext;

/** The schedule: when it fires, which years it runs, and that it never overlaps a running run of a year. */
class ScheduledRunsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 2026-01-01 01:00 in Shanghai is still 2025-12-31 in UTC. */
    private static final Clock NEW_YEARS_NIGHT = Clock.fixed(Instant.parse("2025-12-31T17:00:00Z"), ZoneId.of("UTC"));

    private final List<Integer> yearsRun = new CopyOnWriteArrayList<>();
    private final YearEndRunner runner = mock(YearEndRunner.class);
    private final RunFolders folders = new RunFolders(Path.of("input"), Path.of("output"), null);
    private final ScheduledRunLog runLog = new ScheduledRunLog();

    private ScheduledRuns scheduled(List<Integer> years, ExclusiveYearRuns runs) {
        return new ScheduledRuns(new ScheduleProperties("0 0 2 * 1 *", SHANGHAI, years), runs, folders, "凉州区",
                NEW_YEARS_NIGHT, runLog);
    }

    private ExclusiveYearRuns runs() throws Exception {
        when(runner.run(any())).thenAnswer(call -> {
            YearEndRunner.Request request = call.getArgument(0);
            yearsRun.add(request.year());
            return new RunOutcome(request.year(), "V2021", 1, true, true, false, null, Path.of("output"), null);
        });
        return new ExclusiveYearRuns(runner, Runnable::run, NEW_YEARS_NIGHT);
    }

    @Test
    void theCronIsReadInTheConfiguredZone() {
        CronTrigger trigger = ScheduleConfiguration.trigger(new ScheduleProperties("0 0 2 * 1 *", SHANGHAI, List.of()));
        Instant next = trigger.nextExecution(new SimpleTriggerContext(NEW_YEARS_NIGHT));
        assertThat(ZonedDateTime.ofInstant(next, SHANGHAI).toString()).isEqualTo("2026-01-01T02:00+08:00[Asia/Shanghai]");
    }

    @Test
    void byDefaultItRunsLastYearInTheZone() throws Exception {
        scheduled(List.of(), runs()).run();
        assertThat(yearsRun).containsExactly(2025);
    }

    @Test
    void itRunsTheConfiguredYears() throws Exception {
        scheduled(List.of(2024, 2025), runs()).run();
        assertThat(yearsRun).containsExactly(2024, 2025);
    }

    @Test
    void aYearAlreadyRunningIsSkipped() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        when(runner.run(any())).thenAnswer(call -> {
            YearEndRunner.Request request = call.getArgument(0);
            yearsRun.add(request.year());
            if (request.year() == 2025) {
                started.countDown();
                release.await(10, TimeUnit.SECONDS);
            }
            return new RunOutcome(request.year(), "V2021", 1, true, false, false, null, Path.of("output"), null);
        });
        ExclusiveYearRuns runs = new ExclusiveYearRuns(runner, task -> new Thread(task).start(), NEW_YEARS_NIGHT);
        assertThat(runs.startIfIdle(folders.request(2025, "凉州区"))).isTrue();
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        scheduled(List.of(2024, 2025), runs).run();

        assertThat(yearsRun).containsExactly(2025, 2024);
        assertThat(runs.startIfIdle(folders.request(2025, "凉州区"))).isFalse();
        release.countDown();
    }

    @Test
    void theLatestRunIsKeptForTheConsoleFailedOrNot() throws Exception {
        ExclusiveYearRuns runs = runs();
        scheduled(List.of(), runs).run();
        assertThat(runLog.latest().orElseThrow().line()).isEqualTo("最近一次定时运行（2026-01-01 01:00）：2025 年，输入没有变化（运行 #1）");
        org.mockito.Mockito.doThrow(new org.disclosurerollup.job.RunSetupException("找不到文件夹 input/2025"))
                .when(runner).run(any());
        scheduled(List.of(), runs).run();
        ScheduledRunLog.Entry latest = runLog.latest().orElseThrow();
        assertThat(latest.failed()).isTrue();
        assertThat(latest.line()).isEqualTo("最近一次定时运行（2026-01-01 01:00）：2025 年，失败：找不到文件夹 input/2025");
    }
}
