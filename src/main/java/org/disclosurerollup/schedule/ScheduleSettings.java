package org.disclosurerollup.schedule;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.support.CronExpression;

/** The {@code rollup.schedule.*} settings checked as text before the console starts, and said in one line. */
public final class ScheduleSettings {

    private static final String EXAMPLE = "如“0 0 2 * 1 *”表示一月每天凌晨 2 点";

    private ScheduleSettings() {
    }

    /** What is wrong with the settings, in one line, or empty. */
    public static Optional<String> problem(Environment environment) {
        Binder binder = Binder.get(environment);
        String cron = binder.bind("rollup.schedule.cron", String.class).orElse("").strip();
        String zone = binder.bind("rollup.schedule.zone", String.class).orElse(ScheduleProperties.DEFAULT_ZONE).strip();
        List<String> years = binder.bind("rollup.schedule.years", Bindable.listOf(String.class)).orElse(List.of());
        return problem(cron, zone, years);
    }

    static Optional<String> problem(String cron, String zone, List<String> years) {
        if (!cron.isEmpty() && !CronExpression.isValidExpression(cron)) {
            String[] fields = cron.split("\\s+");
            if (fields.length == 5 && CronExpression.isValidExpression("0 " + cron)) {
                return Optional.of("rollup.schedule.cron 的值“" + cron + "”有 5 项：这里要 6 项，秒在最前（秒 分 时 日 月 周）；"
                        + "同样的时间应写作“0 " + cron + "”");
            }
            return Optional.of("rollup.schedule.cron 的值“" + cron + "”不是有效的 cron 表达式：要 6 项，秒在最前（秒 分 时 日 月 周），"
                    + EXAMPLE);
        }
        try {
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            return Optional.of("rollup.schedule.zone 的值“" + zone + "”不是时区：请写如 Asia/Shanghai");
        }
        for (String year : years) {
            if (!year.strip().matches("\\d{4}")) {
                return Optional.of("rollup.schedule.years 的值“" + year + "”不是年度：请写四位数字，如 [2024, 2025]；"
                        + "不写则为上一年度");
            }
        }
        return Optional.empty();
    }

    /** The start-up line: whether scheduled runs are on, and if so when the next one is. */
    public static String describe(ScheduleProperties schedule, Instant now) {
        if (!schedule.enabled()) {
            return "定时汇总：未开启（需要时设置 rollup.schedule.cron，" + EXAMPLE + "）";
        }
        String years = schedule.years().isEmpty() ? "上一年度（每次运行时计算）" : schedule.years().toString();
        LocalDateTime next = CronExpression.parse(schedule.cron())
                .next(LocalDateTime.ofInstant(now, schedule.zone()));
        return "定时汇总：已开启，cron " + schedule.cron() + "，" + schedule.zone() + "，年度：" + years + "；下次运行 "
                + (next == null ? "无" : next.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
    }
}
