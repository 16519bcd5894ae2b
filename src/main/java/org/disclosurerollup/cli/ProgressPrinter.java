package org.disclosurerollup.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.disclosurerollup.job.RunProgress;
import org.disclosurerollup.job.YearEndJobConfiguration;

/**
 * The progress line of a long run on standard error: at a new step, and otherwise at most every {@link #EVERY}
 * (a file starts, rows are read), e.g. {@code 2024年 读取并校验数据行：文件 13/59，数据行 2500}.
 */
final class ProgressPrinter implements Consumer<RunProgress.Snapshot> {

    static final Duration EVERY = Duration.ofSeconds(2);

    private final PrintWriter err;
    private final Clock clock;
    private Instant lastPrinted = Instant.MIN;
    private String lastStep = "";

    ProgressPrinter(PrintWriter err, Clock clock) {
        this.err = err;
        this.clock = clock;
    }

    /** Shown when standard error is (likely) a terminal, or when asked for. */
    static boolean wanted(boolean asked) {
        return asked || System.console() != null;
    }

    @Override
    public synchronized void accept(RunProgress.Snapshot s) {
        if (!s.running() || s.step().isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        boolean newStep = !s.step().equals(lastStep);
        if (!newStep && Duration.between(lastPrinted, now).compareTo(EVERY) < 0) {
            return;
        }
        lastStep = s.step();
        lastPrinted = now;
        err.println(line(s));
    }

    static String line(RunProgress.Snapshot s) {
        if (s.step().equals(RunProgress.WAITING_FOR_DATABASE)) {
            return s.year() + "年 " + s.stepLabel();
        }
        int files = s.step().equals(YearEndJobConfiguration.REGISTER_SUBMISSIONS) ? s.filesRegistered() : s.filesRead();
        return s.year() + "年 " + s.stepLabel() + "：文件 " + files + "/" + s.filesTotal() + "，数据行 " + s.rowsRead();
    }
}
