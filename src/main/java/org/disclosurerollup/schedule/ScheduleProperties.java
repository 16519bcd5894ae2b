package org.disclosurerollup.schedule;

import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code rollup.schedule.*}.
 *
 * @param cron  Spring cron (seconds first), e.g. {@code 0 0 2 * 1 *}; blank: no scheduled runs
 * @param zone  the zone the cron is read in
 * @param years the years each firing runs; empty: the year before the current one in {@code zone}, at each firing
 */
@ConfigurationProperties("rollup.schedule")
public record ScheduleProperties(@DefaultValue("") String cron, @DefaultValue(ScheduleProperties.DEFAULT_ZONE) ZoneId zone,
                                 @DefaultValue List<Integer> years) {

    /** The zone when {@code rollup.schedule.zone} is not set. */
    public static final String DEFAULT_ZONE = "Asia/Shanghai";

    public boolean enabled() {
        return cron != null && !cron.isBlank();
    }
}
