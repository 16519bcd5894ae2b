package org.disclosurerollup.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real command in a child JVM, killed with SIGKILL at planned points of every step (the child blocks on a
 * planned statement, so no sleeps), or stopped with SIGTERM: the same command afterwards finishes the same run, with
 * outputs identical to an uninterrupted run's and no row in the database twice.
 */
class KillAndResumeTests {

    private static final int YEAR = 2024;
    /** A mix of the shipped demo input: UTF-8 and GB18030 CSV, .xlsx and .xls long layout, an official form, a copy
     * of a file, rejected rows, a rule violation, a file rejected whole. */
    static final List<String> FILES = List.of("东关街街道_2024.csv", "西大街街道_2024.csv", "中坝镇_2024.csv",
            "永丰镇_2024.csv", "五和镇_2024.xlsx", "九墩镇_2024.xls", "怀安镇_2024.xlsx", "清水镇_2024.xlsx",
            "西营镇_2024.csv", "洪祥镇_2024.csv", "区直部门汇总_2024.csv", "邮件附件/永昌镇_2024.csv",
            "邮件附件/永昌镇_2024_副本.csv");
    private static final List<String> TABLES = List.of("rollup_run", "run_unit", "input_file", "submission", "problem",
            "district_total");

    /** In step order; each rerun resumes the run and is killed at the next point. */
    private static final List<ChildRun.Point> KILL_POINTS = List.of(
            new ChildRun.Point("registerSubmissions, recording the files", "INSERT INTO input_file", 1),
            new ChildRun.Point("readSubmissions, storing the 3rd file read", "UPDATE input_file SET status", 3),
            new ChildRun.Point("readSubmissions, storing the 9th file read", "UPDATE input_file SET status", 9),
            new ChildRun.Point("chooseCountingSubmissions", "UPDATE submission SET counts", 1),
            new ChildRun.Point("computeTotals, writing the totals", "INSERT INTO district_total", 1),
            new ChildRun.Point("exportResults, writing the outputs", "FROM problem p LEFT JOIN input_file", 2),
            new ChildRun.Point("exportResults, outputs in place, step not committed", "DELETE FROM published_output", 1));

    /** Written to the database before its disk is full: the files are being read by then. */
    private static final long DISK_FULL_AFTER_BYTES = 2_000_000;

    @TempDir
    static Path work;
    private static Path input;
    private static Path baselineOutput;
    private static Path baselineData;

    @BeforeAll
    static void uninterruptedRun() throws Exception {
        input = work.resolve("input");
        Files.createDirectories(input.resolve("2024/邮件附件"));
        Files.copy(Path.of("input/units.csv"), input.resolve("units.csv"));
        for (String file : FILES) {
            Files.copy(Path.of("input/2024").resolve(file), input.resolve("2024").resolve(file));
        }
        baselineOutput = work.resolve("baseline/output");
        baselineData = work.resolve("baseline/data");
        ChildRun baseline = ChildRun.start(YEAR, input, baselineOutput, baselineData, null);
        assertThat(baseline.exitStatus()).as(baseline.output()).isZero();
    }

    @Test
    void killedAtEveryStepTheSameCommandFinishesTheRunWithTheUninterruptedOutputs() throws Exception {
        Path output = work.resolve("killed/output");
        Path data = work.resolve("killed/data");
        for (ChildRun.Point point : KILL_POINTS) {
            ChildRun.start(YEAR, input, output, data, point).awaitStop().kill();
        }

        ChildRun rerun = ChildRun.start(YEAR, input, output, data, null);

        assertThat(rerun.exitStatus()).as(rerun.output()).isZero();
        assertThat(rerun.output()).contains("汇总完成（运行 #1）", "数据行 读取 2999 = 采用 2597 + 退回 402");
        assertSameOutputs(output);
        assertSameRows(data);
        List<String> statuses = new ArrayList<>();
        KILL_POINTS.forEach(point -> statuses.add("FAILED"));
        statuses.add("COMPLETED");
        assertThat(executionStatuses(data)).containsExactlyElementsOf(statuses);
    }

    @Test
    void sigtermStopsTheRunAtItsNextCommitASecondRunIsRefusedMeanwhileAndTheSameCommandResumes() throws Exception {
        Path output = work.resolve("terminated/output");
        Path data = work.resolve("terminated/data");
        ChildRun running = ChildRun.start(YEAR, input, output, data,
                new ChildRun.Point("readSubmissions", "UPDATE input_file SET status", 5)).awaitStop();

        ChildRun second = ChildRun.start(YEAR, input, output, data, null);
        assertThat(second.exitStatus()).as(second.output()).isOne();
        assertThat(second.output()).contains("数据文件夹 " + data + " 正被另一个汇总程序使用");
        assertThat(output).doesNotExist();

        assertThat(running.terminate()).as(running.output()).isOne();
        assertThat(running.output()).contains("运行已停止，再次运行同一命令即从中断处继续");
        assertThat(executionStatuses(data)).containsExactly("STOPPED");

        ChildRun resumed = ChildRun.start(YEAR, input, output, data, null);

        assertThat(resumed.exitStatus()).as(resumed.output()).isZero();
        assertSameOutputs(output);
        assertSameRows(data);
        assertThat(executionStatuses(data)).containsExactly("STOPPED", "COMPLETED");
    }

    @Test
    void sigtermWhileTheExportCommitsEndsTheRunCompletedForItHasNothingLeftToDo() throws Exception {
        Path output = work.resolve("finishing/output");
        Path data = work.resolve("finishing/data");
        ChildRun running = ChildRun.start(YEAR, input, output, data,
                new ChildRun.Point("exportResults, outputs in place, step not committed", "DELETE FROM published_output",
                        1)).awaitStop();

        assertThat(running.terminate()).as(running.output()).isZero();
        assertThat(running.output()).contains("汇总完成（运行 #1）").doesNotContain(YearEndRunner.STOPPED);
        assertSameOutputs(output);
        assertSameRows(data);
        assertThat(executionStatuses(data)).containsExactly("COMPLETED");
        assertThat(stepStatuses(data)).hasSize(7 + 8).containsOnly("COMPLETED COMPLETED");
    }

    @Test
    void aFullDiskStopsTheRunWithOneLineAndOnceSpaceIsFreedTheSameCommandFinishesItExactly() throws Exception {
        Path output = work.resolve("full/output");
        Path data = work.resolve("full/data");
        // the data folder's disk fills up while the files are read
        ChildRun full = ChildRun.start(YEAR, input, output, data, null,
                Map.of("SPRING_DATASOURCE_URL", "jdbc:h2:diskfull:" + data.toAbsolutePath()
                        + "/rollup;TRACE_LEVEL_FILE=0;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"),
                List.of(FilePathDiskFull.LIMIT + "=" + DISK_FULL_AFTER_BYTES), List.of());

        assertThat(full.exitStatus()).as(full.output()).isOne();
        assertThat(full.errorLines()).as(full.output()).singleElement().asString()
                .contains("数据文件夹 " + data.toAbsolutePath() + " 所在的磁盘已满", "请腾出空间后重新运行同一命令，会从中断处继续");
        assertThat(full.output()).doesNotContain("Exception", "\tat ");

        ChildRun freed = ChildRun.start(YEAR, input, output, data, null);

        assertThat(freed.exitStatus()).as(freed.output()).isZero();
        assertThat(freed.output()).contains("汇总完成（运行 #1）");
        assertSameOutputs(output);
        assertSameRows(data);
    }

    @Test
    void aLogFileThatCannotBeOpenedIsOneLineAndTheRunGoesOnWithoutIt() throws Exception {
        Path small = work.resolve("small/input");
        Files.createDirectories(small.resolve("2024"));
        Files.copy(input.resolve("units.csv"), small.resolve("units.csv"));
        Files.copy(input.resolve("2024/中坝镇_2024.csv"), small.resolve("2024/中坝镇_2024.csv"));
        Path notAFolder = Files.writeString(work.resolve("small/not-a-folder"), "");

        ChildRun run = ChildRun.start(YEAR, small, work.resolve("small/output"), work.resolve("small/data"), null,
                Map.of("LOGGING_FILE_NAME", notAFolder.resolve("rollup.log").toString()), List.of(), List.of());

        assertThat(run.exitStatus()).as(run.output()).isZero();
        assertThat(run.output()).contains("汇总完成（运行 #1）");
        assertThat(run.errorLines()).containsExactly("无法写入日志文件 " + notAFolder.resolve("rollup.log")
                + "（无法打开或写入）：本次运行的详细信息没有记入日志，请检查该文件所在的磁盘和权限");
    }

    private static void assertSameOutputs(Path output) throws IOException {
        SameOutputs.assertSame(output, baselineOutput);
    }

    private static void assertSameRows(Path data) throws SQLException {
        Map<String, Long> rows = rowCounts(data);
        assertThat(rows).isEqualTo(rowCounts(baselineData));
        assertThat(rows).isEqualTo(Map.ofEntries(Map.entry("rollup_run", 1L), Map.entry("rollup_run distinct", 1L),
                Map.entry("run_unit", 71L), Map.entry("run_unit distinct", 71L),
                Map.entry("input_file", 13L), Map.entry("input_file distinct", 13L),
                Map.entry("submission", 15L), Map.entry("submission distinct", 15L),
                Map.entry("problem", 7L), Map.entry("problem distinct", 7L),
                Map.entry("district_total", 1000L), Map.entry("district_total distinct", 1000L),
                Map.entry("rows read", 2999L), Map.entry("job instances", 1L)));
    }

    /** The rows of the run in each table, and how many of them are there once (duplicates would make them differ). */
    private static Map<String, Long> rowCounts(Path data) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection db = database(data); Statement statement = db.createStatement()) {
            for (String table : TABLES) {
                counts.put(table, single(statement, "SELECT COUNT(*) FROM " + table));
                counts.put(table + " distinct", single(statement, "SELECT COUNT(*) FROM (SELECT DISTINCT * FROM "
                        + table + ")"));
            }
            counts.put("rows read", single(statement, "SELECT SUM(rows_read) FROM input_file"));
            counts.put("job instances", single(statement, "SELECT COUNT(*) FROM BATCH_JOB_INSTANCE"));
        }
        return counts;
    }

    private static List<String> executionStatuses(Path data) throws SQLException {
        List<String> statuses = new ArrayList<>();
        try (Connection db = database(data); Statement statement = db.createStatement();
             ResultSet result = statement.executeQuery(
                     "SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID")) {
            while (result.next()) {
                statuses.add(result.getString(1));
            }
        }
        return statuses;
    }

    private static List<String> stepStatuses(Path data) throws SQLException {
        List<String> statuses = new ArrayList<>();
        try (Connection db = database(data); Statement statement = db.createStatement();
             ResultSet result = statement.executeQuery("SELECT STATUS || ' ' || EXIT_CODE FROM BATCH_STEP_EXECUTION")) {
            while (result.next()) {
                statuses.add(result.getString(1));
            }
        }
        return statuses;
    }

    private static long single(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static Connection database(Path data) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + data.toAbsolutePath() + "/rollup;TRACE_LEVEL_FILE=0",
                "sa", "");
    }
}
