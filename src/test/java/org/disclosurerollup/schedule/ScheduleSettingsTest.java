package org.disclosurerollup.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduleSettingsTest {

    private static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");

    @Test
    void goodSettingsHaveNoProblem() {
        assertThat(ScheduleSettings.problem("0 0 2 * 1 *", "Asia/Shanghai", List.of("2024", " 2025"))).isEmpty();
        assertThat(ScheduleSettings.problem("", "UTC", List.of())).isEmpty();
    }

    @Test
    void theStartUpLineSaysWhetherAndWhenTheScheduleRuns() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        assertThat(ScheduleSettings.describe(new ScheduleProperties("0 0 2 * 1 *", shanghai, List.of()), NOW))
                .isEqualTo("定时汇总：已开启，cron 0 0 2 * 1 *，Asia/Shanghai，年度：上一年度（每次运行时计算）；下次运行 2027-01-01 02:00");
        assertThat(ScheduleSettings.describe(new ScheduleProperties("0 30 3 * * *", shanghai, List.of(2024)), NOW))
                .isEqualTo("定时汇总：已开启，cron 0 30 3 * * *，Asia/Shanghai，年度：[2024]；下次运行 2026-11-28 03:30");
        assertThat(ScheduleSettings.describe(new ScheduleProperties("", shanghai, List.of()), NOW))
                .isEqualTo("定时汇总：未开启（需要时设置 rollup.schedule.cron，如“0 0 2 * 1 *”表示一月每天凌晨 2 点）");
    }
}
