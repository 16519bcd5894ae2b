package org.disclosurerollup.job;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * How far the running year-end jobs are, per year: the step, the files registered and read, the rows read so far.
 * Fed by the job's listener; read by the command line's progress line and the web console's progress endpoint.
 */
public final class RunProgress {

    /** The pseudo-step of a run waiting for its database server to come back. */
    public static final String WAITING_FOR_DATABASE = "waitingForDatabase";

    /** The steps as the clerk reads them. */
    private static final Map<String, String> STEP_LABELS = Map.of(
            YearEndJobConfiguration.REGISTER_SUBMISSIONS, "登记文件",
            YearEndJobConfiguration.READ_SUBMISSION_FILES, "读取并校验报表",
            YearEndJobConfiguration.READ_SUBMISSIONS, "读取并校验报表",
            "chooseCountingSubmissions", "确定计入汇总的报表",
            "compareWithLastYear", "与上年核对",
            "computeTotals", "计算汇总数",
            "flagFiguresToVerify", "找出发布前需核对的数字",
            "exportResults", "输出工作簿和CSV");

    /**
     * One moment of a year's run.
     *
     * @param filesTotal the files found in the year folder
     * @param filesRead  the files read and checked
     */
    public record Snapshot(int year, long runId, String step, String stepLabel, int filesTotal, int filesRegistered,
                           int filesRead, long rowsRead, Instant startedAt, Instant updatedAt, boolean running,
                           String status) {

        Snapshot with(String newStep, int registered, int read, long rows, Instant now) {
            return new Snapshot(year, runId, newStep, STEP_LABELS.getOrDefault(newStep, newStep), filesTotal,
                    registered, read, rows, startedAt, now, running, status);
        }
    }

    private final Map<Integer, Snapshot> byYear = new ConcurrentHashMap<>();
    private final List<Consumer<Snapshot>> observers = new CopyOnWriteArrayList<>();
    private final Clock clock;

    public RunProgress(Clock clock) {
        this.clock = clock;
    }

    /** The latest state of the year's run in this process (running or ended), if one ran. */
    public Optional<Snapshot> of(int year) {
        return Optional.ofNullable(byYear.get(year));
    }

    /** Called on every change (from the job's thread): keep it quick. */
    public void observe(Consumer<Snapshot> observer) {
        observers.add(observer);
    }

    /** The runner is about to start or restart the year's job on {@code filesTotal} files. */
    void starting(int year, int filesTotal) {
        Instant now = clock.instant();
        publish(new Snapshot(year, 0, "", "开始", filesTotal, 0, 0, 0, now, now, true, "STARTING"));
    }

    void started(int year, long runId) {
        update(year, s -> new Snapshot(s.year(), runId, s.step(), s.stepLabel(), s.filesTotal(), s.filesRegistered(),
                s.filesRead(), s.rowsRead(), s.startedAt(), clock.instant(), true, "STARTED"));
    }

    void step(int year, String step) {
        boolean registrationDone = !step.equals(YearEndJobConfiguration.REGISTER_SUBMISSIONS);
        update(year, s -> s.with(step, registrationDone && s.filesRegistered() == 0 ? s.filesTotal()
                : s.filesRegistered(), s.filesRead(), s.rowsRead(), clock.instant()));
    }

    void filesRegistered(int year, int count) {
        update(year, s -> s.with(s.step(), count, s.filesRead(), s.rowsRead(), clock.instant()));
    }

    /** A file read and checked, with its rows (from any of the reading threads). */
    void fileRead(int year, long rows) {
        update(year, s -> s.with(s.step(), s.filesRegistered(), s.filesRead() + 1, s.rowsRead() + rows,
                clock.instant()));
    }

    /** The year's run lost its database connection and waits for the server (address) to answer again. */
    void waitingForDatabase(int year, String address, long waitedSeconds, long patienceSeconds) {
        String label = "数据库 " + address + " 连接中断，等待恢复（已等待 " + waitedSeconds + " 秒，最多等 " + patienceSeconds
                + " 秒）";
        Instant now = clock.instant();
        Snapshot waiting = byYear.compute(year, (y, s) -> s == null
                ? new Snapshot(year, 0, WAITING_FOR_DATABASE, label, 0, 0, 0, 0, now, now, true, "STARTED")
                : new Snapshot(s.year(), s.runId(), WAITING_FOR_DATABASE, label, s.filesTotal(), s.filesRegistered(),
                        s.filesRead(), s.rowsRead(), s.startedAt(), now, true, s.status()));
        observers.forEach(o -> o.accept(waiting));
    }

    void ended(int year, String status) {
        update(year, s -> new Snapshot(s.year(), s.runId(), s.step(), s.stepLabel(), s.filesTotal(),
                s.filesRegistered(), s.filesRead(), s.rowsRead(), s.startedAt(), clock.instant(), false, status));
    }

    private void update(int year, UnaryOperator<Snapshot> change) {
        Snapshot updated = byYear.computeIfPresent(year, (y, s) -> change.apply(s));
        if (updated != null) {
            observers.forEach(o -> o.accept(updated));
        }
    }

    /** The runner is done with the year: a run that never started leaves nothing, one that ended abruptly ends. */
    void settle(int year) {
        byYear.computeIfPresent(year, (y, s) -> !s.running() ? s : s.runId() == 0 ? null
                : new Snapshot(s.year(), s.runId(), s.step(), s.stepLabel(), s.filesTotal(), s.filesRegistered(),
                        s.filesRead(), s.rowsRead(), s.startedAt(), clock.instant(), false, "FAILED"));
    }

    private void publish(Snapshot snapshot) {
        byYear.put(snapshot.year(), snapshot);
        observers.forEach(o -> o.accept(snapshot));
    }
}
