package org.disclosurerollup.schedule;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** How the latest scheduled run ended, for the console's pages (rollup.log has them all). */
public final class ScheduledRunLog {

    /**
     * @param failed  the run failed or could not start
     * @param outcome what happened, in Chinese: "汇总完成（运行 #3）", "失败：找不到文件夹 …"
     */
    public record Entry(int year, LocalDateTime at, boolean failed, String outcome) {

        /** The one line the pages show. */
        public String line() {
            return "最近一次定时运行（" + at.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))
                    + "）：" + year + " 年，" + outcome;
        }
    }

    private final AtomicReference<Entry> latest = new AtomicReference<>();

    public Optional<Entry> latest() {
        return Optional.ofNullable(latest.get());
    }

    /** Called by the schedule after each year it ran (or could not). */
    public void record(Entry entry) {
        latest.set(entry);
    }
}
