package org.disclosurerollup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code history}: after three runs of a year — one completed, one that failed and was restarted after the input
 * changed, and a newest one that failed after a further change — the table and the CSV show each run with its starts,
 * figures and fingerprint, and that the output folder holds the restarted run's results.
 */
class HistoryCommandTests {

    private static final String TIME = "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d";
    private static final String MINUTES = "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d";
    private static final String FAILED = "失败（重新运行即从中断处继续）";

    @TempDir
    Path work;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int execute(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return RollupCommandLine.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private String[] command(String name, String... more) {
        String[] common = {name, "--input", work.resolve("input").toString(), "--output",
            work.resolve("output").toString(), "--data", work.resolve("data").toString(), "--district", "测试区"};
        String[] all = Arrays.copyOf(common, common.length + more.length);
        System.arraycopy(more, 0, all, common.length, more.length);
        return all;
    }

    @Test
    void theTableShowsEveryRunNewestFirstAndWhichOneIsInTheOutputFolder() throws Exception {
        threeRuns();

        assertThat(execute(command("history", "--year", "2024"))).isZero();

        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).isEqualTo("测试区 2024年度 运行记录（3 次运行，最新的在前）");
        assertThat(cells(lines.get(1))).containsExactly("运行", "状态", "开始", "结束", "用时", "启动次数", "文件", "读取行",
                "采用行", "退回行", "输入指纹", "输入文件夹", "在结果文件夹中");
        Map<Long, String> fingerprints = fingerprints();
        String inputFolder = work.resolve("input/2024").toAbsolutePath().toString();
        assertRun(cells(lines.get(2)), "#3", FAILED, "1", "-", "-", "-", "-", fingerprints.get(3L).substring(0, 12), inputFolder);
        assertRun(cells(lines.get(3)), "#2", "完成", "2", "2", "5", "3", "2", fingerprints.get(2L).substring(0, 12), inputFolder, "是");
        assertRun(cells(lines.get(4)), "#1", "完成", "1", "1", "2", "1", "1", fingerprints.get(1L).substring(0, 12), inputFolder);
        assertThat(fingerprints.values()).doesNotHaveDuplicates();
        assertThat(lines.get(5)).matches("结果文件夹 " + work.resolve("output/2024") + " 中的是运行 #2 的结果，"
                + MINUTES + " 输出");
        int fingerprintColumn = TextColumns.width(lines.get(1).substring(0, lines.get(1).indexOf("输入指纹")));
        for (String line : lines.subList(2, 5)) {
            String fingerprint = cells(line).get(10);
            assertThat(TextColumns.width(line.substring(0, line.indexOf(fingerprint)))).isEqualTo(fingerprintColumn);
        }
    }

    @Test
    void theCsvHasAnEnglishHeaderAndOneLinePerRun() throws Exception {
        threeRuns();

        assertThat(execute(command("history", "--year", "2024", "--csv"))).isZero();

        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("run,status,started,ended,duration_s,starts,files,rows_read,rows_accepted,"
                + "rows_rejected,fingerprint,input_folder,published");
        Map<Long, String> fingerprints = fingerprints();
        assertThat(fingerprints.get(1L)).hasSize(64);
        String inputFolder = work.resolve("input/2024").toAbsolutePath().toString();
        String times = TIME + "," + TIME + ",\\d+";
        assertThat(lines.get(1)).matches("3,failed," + times + ",1,,,,," + fingerprints.get(3L) + "," + inputFolder
                + ",false");
        assertThat(lines.get(2)).matches("2,completed," + times + ",2,2,5,3,2," + fingerprints.get(2L) + ","
                + inputFolder + ",true");
        assertThat(lines.get(3)).matches("1,completed," + times + ",1,1,2,1,1," + fingerprints.get(1L) + ","
                + inputFolder + ",false");
    }

    @Test
    void withoutAYearEveryYearWithRunsIsShown() throws Exception {
        Files.createDirectories(work.resolve("input/2023"));
        register();
        submission("2023/四坝镇_2023.csv", "指标代码,数值\nP02@M,2\n");
        submission("2024/四坝镇_2024.csv", "指标代码,数值\nP02@M,3\n");
        assertThat(execute(command("run"))).isZero();

        assertThat(execute(command("history"))).isZero();

        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(9);
        assertThat(lines.get(0)).isEqualTo("测试区 2023年度 运行记录（1 次运行，最新的在前）");
        assertThat(cells(lines.get(2)).subList(0, 2)).containsExactly("#1", "完成");
        assertThat(lines.get(4)).isEmpty();
        assertThat(lines.get(5)).isEqualTo("测试区 2024年度 运行记录（1 次运行，最新的在前）");
        assertThat(cells(lines.get(7)).subList(0, 2)).containsExactly("#2", "完成");
        assertThat(lines.get(8)).startsWith("结果文件夹 " + work.resolve("output/2024") + " 中的是运行 #2 的结果");
    }

    @Test
    void outputsDeletedOrWrittenElsewhereAreSaidSo() throws Exception {
        register();
        submission("2024/四坝镇_2024.csv", "指标代码,数值\nP02@M,2\n");
        assertThat(execute(command("run", "--year", "2024"))).isZero();

        String[] elsewhere = command("history", "--year", "2024");
        elsewhere[4] = work.resolve("elsewhere").toString();
        assertThat(execute(elsewhere)).isZero();
        assertThat(last(out)).isEqualTo("结果文件夹 " + work.resolve("elsewhere/2024") + " 中没有本数据文件夹中任何一次"
                + "运行的结果（还没有完成的运行，或结果输出到了别的文件夹：请用 --output 指定）");

        deleteFolder(work.resolve("output/2024"));
        assertThat(execute(command("history", "--year", "2024"))).isZero();
        assertThat(last(out)).matches("结果文件夹 " + work.resolve("output/2024") + " 中没有结果文件（运行 #1 的结果于 "
                + MINUTES + " 输出后被删除或移走）：再运行 run --year 2024 即重新输出");
        assertThat(cells(out.toString().lines().toList().get(2))).hasSize(12);
    }

    @Test
    void resultsThatAnotherDataFolderWroteIntoTheOutputFolderAreNotTakenForMissingOnes() throws Exception {
        register();
        submission("2024/四坝镇_2024.csv", "指标代码,数值\nP02@M,2\n");
        assertThat(execute(command("run", "--year", "2024"))).isZero();
        assertThat(execute(withData("data2b", command("run", "--year", "2024")))).isZero();

        assertThat(execute(command("history", "--year", "2024"))).isZero();
        assertThat(last(out)).matches("结果文件夹 " + work.resolve("output/2024") + " 中的结果不是本数据文件夹中任何一次运行写入的（是另一个数据文件夹（数据库）写入的，或结果文件夹是复制来的、缺少隐藏文件 "
                + ".disclosure-rollup-origin）；本数据文件夹最近一次输出是运行 #1，" + MINUTES);
        assertThat(cells(out.toString().lines().toList().get(2))).hasSize(12);

        assertThat(execute(withData("data2b", command("history", "--year", "2024")))).isZero();
        assertThat(last(out)).matches("结果文件夹 " + work.resolve("output/2024") + " 中的是运行 #1 的结果，"
                + MINUTES + " 输出");

        String[] elsewhere = withData("data3", command("run", "--year", "2024"));
        elsewhere[4] = work.resolve("elsewhere").toString();
        assertThat(execute(elsewhere)).isZero();
        assertThat(execute(withData("data3", command("history", "--year", "2024")))).isZero();
        assertThat(last(out)).isEqualTo("结果文件夹 " + work.resolve("output/2024") + " 中的结果不是本数据文件夹中任何一次运行写入的（是另一个数据文件夹（数据库）写入的，或结果文件夹是复制来的、缺少隐藏文件 "
                + ".disclosure-rollup-origin）；本数据文件夹还没有向这里输出过结果");
    }

    @Test
    void withoutRunsItSaysSoAndExitsWithZero() throws Exception {
        Path data = work.resolve("data");
        assertThat(execute(command("history"))).isZero();
        assertThat(out.toString().strip()).isEqualTo("数据文件夹 " + data + " 中还没有运行记录：先用 run 汇总");
        assertThat(data).doesNotExist();

        Files.createDirectories(data);
        assertThat(execute(command("history", "--year", "2024"))).isZero();
        assertThat(out.toString().strip()).isEqualTo("数据文件夹 " + data + " 中没有 2024 年度的运行记录："
                + "用 run --year 2024 汇总后再查看");
        assertThat(execute(command("history", "--csv"))).isZero();
        assertThat(out.toString()).isEqualTo(String.join(",", HistoryCsv.HEADER) + "\n");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aDatabaseInUseGivesTheSameLineAndStatusAsRun() throws Exception {
        Path data = Files.createDirectories(work.resolve("data"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.h2.tools.Shell",
                "-url", url(), "-user", "sa", "-password", "").redirectErrorStream(true).start();
        try {
            awaitPrompt(holder);

            assertThat(execute(command("history", "--year", "2024"))).isEqualTo(1);

            assertThat(err.toString().strip()).isEqualTo("数据文件夹 " + data + " 正被另一个汇总程序使用（另一个 run，"
                    + "或正在运行的网页控制台 serve）：请等它运行结束后再试；控制台开着时请在控制台中点“立即汇总”，或先停止 serve");
        } finally {
            try (OutputStream stdin = holder.getOutputStream()) {
                stdin.write("quit\n".getBytes(StandardCharsets.UTF_8));
            }
            if (!holder.waitFor(30, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
    }

    @Test
    void helpIsInChineseAndEnglish() {
        assertThat(execute("history", "--help")).isZero();
        assertThat(out.toString()).contains("显示年度的运行记录", "Shows the run history of a year", "--year", "--csv",
                "--data", "--output", "--district", "退出状态", "exit status");
        assertThat(execute("--help")).isZero();
        assertThat(out.toString()).contains("history");
    }

    /**
     * Run #1 completes; the input changes, run #2 fails while loading rows and is restarted to completion; the input
     * changes again and run #3 fails.
     */
    private void threeRuns() throws Exception {
        register();
        submission("2024/四坝镇_2024.csv", "指标代码,数值\nP02@M,2\nP03@N,abc\n");
        assertThat(execute(command("run", "--year", "2024"))).isZero();

        submission("2024/清源镇_2024.csv", "指标代码,数值\nP02@M,10\nP03@N,CRASH\nP04@N,30\n");
        sql("ALTER TABLE problem ADD CONSTRAINT planned_failure CHECK (raw_value <> 'CRASH') NOCHECK");
        assertThat(execute(command("run", "--year", "2024"))).isEqualTo(1);
        sql("ALTER TABLE problem DROP CONSTRAINT planned_failure");
        assertThat(execute(command("run", "--year", "2024"))).isZero();
        assertThat(out.toString()).contains("汇总完成（运行 #2）");

        submission("2024/黄羊镇_2024.csv", "指标代码,数值\nP02@M,100\n");
        sql("ALTER TABLE problem ADD CONSTRAINT planned_failure CHECK (raw_value <> 'CRASH') NOCHECK");
        assertThat(execute(command("run", "--year", "2024"))).isEqualTo(1);
        assertThat(err.toString()).contains("运行 #3 失败");
    }

    private static void assertRun(List<String> cells, String run, String status, String... rest) {
        assertThat(cells.subList(0, 2)).containsExactly(run, status);
        assertThat(cells.get(2)).matches(TIME);
        assertThat(cells.get(3)).matches(TIME);
        assertThat(cells.get(4)).matches("\\d+秒");
        assertThat(cells.subList(5, cells.size())).containsExactly(rest);
    }

    private String[] withData(String folder, String[] command) {
        command[6] = work.resolve(folder).toString();
        return command;
    }

    /** The cells of a table line: columns are two or more spaces apart, a time has one space inside. */
    private static List<String> cells(String line) {
        return List.of(line.split(" {2,}"));
    }

    private static String last(StringWriter writer) {
        List<String> lines = writer.toString().lines().toList();
        return lines.get(lines.size() - 1);
    }

    private void register() throws Exception {
        submission("units.csv", "code,name,type,aliases,from_year,to_year\nT1,四坝镇,township,,,\n"
                + "T2,清源镇,township,,,\nT3,黄羊镇,township,,,\n");
    }

    private void submission(String relative, String text) throws Exception {
        Path file = work.resolve("input").resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** The first 12 hex digits of each run's fingerprint, by run. */
    private Map<Long, String> fingerprints() throws SQLException {
        Map<Long, String> fingerprints = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(url(), "sa", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT run_id, fingerprint FROM rollup_run")) {
            while (rows.next()) {
                fingerprints.put(rows.getLong(1), rows.getString(2));
            }
        }
        return fingerprints;
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url(), "sa", "");
             Statement update = connection.createStatement()) {
            update.execute(statement);
        }
    }

    private String url() {
        return "jdbc:h2:file:" + work.resolve("data").toAbsolutePath() + "/rollup";
    }

    private static void awaitPrompt(Process shell) throws Exception {
        BufferedReader reader = new BufferedReader(new InputStreamReader(shell.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        int c;
        while (seen.indexOf("sql>") < 0 && (c = reader.read()) >= 0) {
            seen.append((char) c);
        }
        assertThat(seen.toString()).contains("sql>");
    }

    private static void deleteFolder(Path folder) throws Exception {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
