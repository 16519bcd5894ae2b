package org.disclosurerollup.job;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.disclosurerollup.support.Failures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the year-end job so that a year never has two runs at once in this process (the web console's "run now" and
 * the schedule share it; the H2 file lock keeps a second process off the same data folder), and remembers how each
 * year's last run here ended.
 */
public final class ExclusiveYearRuns {

    private static final Logger log = LoggerFactory.getLogger(ExclusiveYearRuns.class);

    /** How a run started here ended: the outcome, or the one line saying why it could not run. */
    public record Ended(int year, Instant at, RunOutcome outcome, String problem) {
    }

    private final YearEndRunner runner;
    private final Executor background;
    private final Clock clock;
    private final Set<Integer> running = ConcurrentHashMap.newKeySet();
    private final Map<Integer, Ended> lastEnded = new ConcurrentHashMap<>();

    public ExclusiveYearRuns(YearEndRunner runner, Executor background, Clock clock) {
        this.runner = runner;
        this.background = background;
        this.clock = clock;
    }

    public boolean isRunning(int year) {
        return running.contains(year);
    }

    public Optional<Ended> lastEnded(int year) {
        return Optional.ofNullable(lastEnded.get(year));
    }

    /** Runs the year now on this thread; empty when a run of the year is already going. */
    public Optional<Ended> runIfIdle(YearEndRunner.Request request) {
        if (!running.add(request.year())) {
            return Optional.empty();
        }
        return Optional.of(runHoldingYear(request));
    }

    /** Starts the year's run in the background; false when a run of the year is already going. */
    public boolean startIfIdle(YearEndRunner.Request request) {
        if (!running.add(request.year())) {
            return false;
        }
        try {
            background.execute(() -> runHoldingYear(request));
        } catch (RuntimeException e) {
            running.remove(request.year());
            throw e;
        }
        return true;
    }

    private Ended runHoldingYear(YearEndRunner.Request request) {
        try {
            Ended ended = endOf(request);
            lastEnded.put(request.year(), ended);
            return ended;
        } finally {
            running.remove(request.year());
        }
    }

    private Ended endOf(YearEndRunner.Request request) {
        try {
            return new Ended(request.year(), clock.instant(), runner.run(request), null);
        } catch (RunSetupException | YearBusyException e) {
            return new Ended(request.year(), clock.instant(), null, e.getMessage());
        } catch (Exception | Error e) {
            log.error("{}年：运行失败", request.year(), e);
            return new Ended(request.year(), clock.instant(), null,
                    "运行失败：" + Failures.messageFor(e) + "。问题解决后重新运行即可从中断处继续。");
        }
    }
}
