package org.disclosurerollup.schedule;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.disclosurerollup.job.ExclusiveYearRuns;
import org.disclosurerollup.job.RunFolders;
import org.disclosurerollup.job.RunOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One firing of the schedule: runs each configured year (by default last year, worked out now) unless a run of that
 * year is already going. An unchanged input does nothing (the runner says "no change"). Every firing is logged.
 */
final class ScheduledRuns implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(ScheduledRuns.class);

    private final ScheduleProperties schedule;
    private final ExclusiveYearRuns runs;
    private final RunFolders folders;
    private final String district;
    private final Clock clock;
    private final ScheduledRunLog runLog;

    ScheduledRuns(ScheduleProperties schedule, ExclusiveYearRuns runs, RunFolders folders, String district,
                  Clock clock, ScheduledRunLog runLog) {
        this.runLog = runLog;
        this.schedule = schedule;
        this.runs = runs;
        this.folders = folders;
        this.district = district;
        this.clock = clock;
    }

    List<Integer> years() {
        return schedule.years().isEmpty() ? List.of(Year.now(clock.withZone(schedule.zone())).getValue() - 1)
                : schedule.years();
    }

    @Override
    public void run() {
        List<Integer> years = years();
        log.info("定时运行（{}，{}）：年度 {}", schedule.cron(), schedule.zone(), years);
        for (int year : years) {
            Optional<ExclusiveYearRuns.Ended> ended = runs.runIfIdle(folders.request(year, district));
            LocalDateTime now = LocalDateTime.now(clock.withZone(schedule.zone())).withNano(0);
            if (ended.isEmpty()) {
                log.info("定时运行：{}年的汇总正在运行，本次跳过", year);
                runLog.record(new ScheduledRunLog.Entry(year, now, false, "该年度的汇总正在运行，本次跳过"));
            } else if (ended.get().problem() != null) {
                log.warn("定时运行：{}年未能运行：{}", year, ended.get().problem());
                runLog.record(new ScheduledRunLog.Entry(year, now, true, "失败：" + ended.get().problem()));
            } else {
                RunOutcome outcome = ended.get().outcome();
                String said = (!outcome.completed() ? "失败：" + outcome.failure()
                        : outcome.unchanged() ? "输入没有变化" : "汇总完成") + "（运行 #" + outcome.runId() + "）";
                log.info("定时运行：{}年 {}", year, said);
                runLog.record(new ScheduledRunLog.Entry(year, now, !outcome.completed(), said));
            }
        }
    }
}
