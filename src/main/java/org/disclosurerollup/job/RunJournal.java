package org.disclosurerollup.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.disclosurerollup.intake.RunRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers, beside the database, the newest run this data folder started. A database that knows fewer runs than
 * that — a file cut short by a full disk or an unfinished copy, or an old backup put back — would otherwise open as
 * if nothing had happened, losing the runs that say which figures were sent; this notices it before anything runs.
 */
public final class RunJournal {

    private static final Logger log = LoggerFactory.getLogger(RunJournal.class);
    static final String FILE = "last-run";

    private final Path file;
    private final RunRepository runs;

    public RunJournal(Path dataFolder, RunRepository runs) {
        this.file = dataFolder.resolve(FILE);
        this.runs = runs;
    }

    /** What is wrong when the database holds fewer runs than this data folder started, in one line. */
    public Optional<String> problem() {
        long remembered = remembered();
        long newest = runs.newestRunId();
        if (newest >= remembered) {
            return Optional.empty();
        }
        return Optional.of("数据文件夹 " + file.getParent() + " 中的数据库比应有的旧：本数据文件夹开始过运行 #" + remembered
                + "，数据库中最新的却是" + (newest == 0 ? "空的，没有任何运行" : "运行 #" + newest)
                + "（数据库文件可能被截断，或换成了旧的备份）。请从最近的备份恢复数据文件夹；如果是有意换成了旧的备份或新的数据库，"
                + "删除文件 " + file + " 后重新运行");
    }

    void record(long runId) {
        if (runId <= remembered()) {
            return;
        }
        try {
            Path temporary = file.resolveSibling(FILE + ".tmp");
            Files.writeString(temporary, runId + "\n", StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("无法写入 " + file + "：" + e.getMessage(), e);
        }
    }

    private long remembered() {
        try {
            return Files.isRegularFile(file) ? Long.parseLong(Files.readString(file, StandardCharsets.UTF_8).strip()) : 0;
        } catch (IOException | NumberFormatException e) {
            log.warn("无法读取 {}（{}），本次不核对数据库中的运行是否齐全", file, e.getMessage());
            return 0;
        }
    }
}
