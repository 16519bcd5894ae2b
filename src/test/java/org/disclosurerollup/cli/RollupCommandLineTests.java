package org.disclosurerollup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.disclosurerollup.account.AccountFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** The command line's contract: usage, exit status, one clear line per failure, the end-of-run summary. */
class RollupCommandLineTests {

    @TempDir
    Path work;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int execute(String... args) {
        return RollupCommandLine.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void helpIsInChineseAndEnglish() {
        assertThat(execute("--help")).isZero();
        assertThat(out.toString()).contains("政府信息公开年报统计汇总", "Disclosure Rollup", "run", "退出状态", "exit status");
        assertThat(execute("run", "--help")).isZero();
        assertThat(out.toString()).contains("--year", "报告年度", "reporting year", "--units", "<input>/units.csv");
    }

    @Test
    void theExamplesOfEveryCommandRunItAsTheReadmeDoes() {
        for (String command : new String[] {"run", "check", "template", "history", "serve", "account add"}) {
            assertThat(execute((command + " --help").split(" "))).isZero();
        }
        assertThat(out.toString()).contains("例 (example): bin/rollup run --year 2024",
                "例 (example): bin/rollup check 四坝镇_2024.csv", "例 (example): bin/rollup template --year 2024",
                "例 (example): bin/rollup history --year 2024", "例 (example): bin/rollup serve --port 8080",
                "例 (example): bin/rollup account add 张三").doesNotContain("java -jar");
    }

    @Test
    void badUsageExitsWithTwoAndOneLine() {
        assertThat(execute("run", "--bogus")).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("用法错误：不认识的选项或参数 --bogus：请检查拼写（Unknown option: '--bogus'）").doesNotContain("\n");
        assertThat(execute("run", "--year", "abc")).isEqualTo(2);
        assertThat(execute()).isEqualTo(2);
    }

    @Test
    void aFolderOptionNamingAFileIsAConfigurationError() throws Exception {
        Path file = Files.writeString(work.resolve("afile"), "x");
        assertThat(execute("run", "--output", file.toString())).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("--output 指定的 " + file + " 是一个文件，不是文件夹："
                + "请指定一个文件夹（不存在时会自动创建）");
        assertThat(execute("run", "--data", file.toString())).isEqualTo(2);
    }

    @Test
    void aBlankDistrictIsAConfigurationError() {
        assertThat(execute("run", "--district", " ", "--data", work.resolve("data").toString())).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("--district 不能为空：请写区县名称，如 --district 凉州区，或不写此项（用配置中的名称）");
    }

    @Test
    void aDatabaseThatLostItsRunsIsNoticedBeforeAnythingRuns() throws Exception {
        Path input = work.resolve("input");
        Files.createDirectories(input.resolve("2024"));
        Files.writeString(input.resolve("units.csv"), "code,name,type,aliases,from_year,to_year\nT1,四坝镇,township,,,\n",
                StandardCharsets.UTF_8);
        Files.writeString(input.resolve("2024/四坝镇_2024.csv"), "指标代码,数值\nP02@M,2\n", StandardCharsets.UTF_8);
        Path data = work.resolve("data");
        String[] run = {"run", "--input", input.toString(), "--output", work.resolve("out").toString(), "--data",
            data.toString()};
        assertThat(execute(run)).isZero();
        Files.delete(data.resolve("rollup.mv.db"));

        assertThat(execute(run)).isEqualTo(1);
        assertThat(execute("history", "--data", data.toString())).isEqualTo(1);

        assertThat(err.toString().lines().toList()).containsExactly(
                "数据文件夹 " + data.toAbsolutePath().normalize() + " 中的数据库比应有的旧：本数据文件夹开始过运行 #1，数据库中最新的却是空的，"
                        + "没有任何运行（数据库文件可能被截断，或换成了旧的备份）。请从最近的备份恢复数据文件夹；如果是有意换成了旧的备份或新的数据库，"
                        + "删除文件 " + data.toAbsolutePath().normalize().resolve("last-run") + " 后重新运行",
                "数据文件夹 " + data.toAbsolutePath().normalize() + " 中的数据库比应有的旧：本数据文件夹开始过运行 #1，数据库中最新的却是空的，"
                        + "没有任何运行（数据库文件可能被截断，或换成了旧的备份）。请从最近的备份恢复数据文件夹；如果是有意换成了旧的备份或新的数据库，"
                        + "删除文件 " + data.toAbsolutePath().normalize().resolve("last-run") + " 后重新运行");
        Files.delete(data.resolve("last-run"));
        assertThat(execute(run)).isZero();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 8192})
    void aCorruptDatabaseFileSaysWhatToDo(int repeats) throws Exception {
        Path data = Files.createDirectories(work.resolve("data"));
        Files.writeString(data.resolve("rollup.mv.db"), "not an H2 store ".repeat(repeats));

        assertThat(execute("run", "--data", data.toString())).isEqualTo(1);

        assertThat(err.toString().strip()).startsWith("数据文件夹 " + data + " 中的数据库文件已损坏（")
                .endsWith("）：请从备份恢复该文件夹；没有备份时，把它改名保存（供查问题），再运行一次，会建新的数据库、重新汇总");
    }

    @Test
    void aMissingInputFolderIsAConfigurationError() {
        assertThat(execute("run", "--input", work.resolve("nowhere").toString(), "--data",
                work.resolve("data").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("找不到输入文件夹");
    }

    @Test
    void aMissingRegisterOrYearFolderIsAConfigurationError() throws Exception {
        Path input = work.resolve("input");
        Files.createDirectories(input.resolve("2024"));
        String[] common = {"--input", input.toString(), "--output", work.resolve("out").toString(), "--data",
            work.resolve("data").toString()};
        assertThat(execute(concat(new String[] {"run", "--year", "2024"}, common))).isEqualTo(2);
        assertThat(err.toString()).contains("找不到单位名单");
        Files.writeString(input.resolve("units.csv"), "code,name,type,aliases,from_year,to_year\nT1,四坝镇,township,,,\n",
                StandardCharsets.UTF_8);
        assertThat(execute(concat(new String[] {"run", "--year", "2023"}, common))).isEqualTo(2);
        assertThat(err.toString()).contains("找不到文件夹").contains("2023");
        assertThat(execute(concat(new String[] {"run", "--year", "2010"}, common))).isEqualTo(2);
    }

    @Test
    void aCompletedRunExitsWithZeroAndSummarises() throws Exception {
        Path input = work.resolve("input");
        Files.createDirectories(input.resolve("2024"));
        Files.writeString(input.resolve("units.csv"), "code,name,type,aliases,from_year,to_year\nT1,四坝镇,township,,,\n"
                + "T2,清源镇,township,,,\n", StandardCharsets.UTF_8);
        Files.writeString(input.resolve("2024/四坝镇_2024.csv"), "指标代码,数值\nP02@M,2\nP03@N,abc\n",
                StandardCharsets.UTF_8);

        int status = execute("run", "--input", input.toString(), "--output", work.resolve("out").toString(),
                "--data", work.resolve("data").toString(), "--district", "测试区");

        assertThat(status).isZero();
        assertThat(out.toString()).contains("测试区 2024年度（V2021）：汇总完成（运行 #1）",
                "文件 1 个；报表 采用 1，退回 0，未报送单位 1", "数据行 读取 2 = 采用 1 + 退回 1",
                "测试区_2024_政府信息公开统计汇总.xlsx");
        assertThat(work.resolve("out/2024/测试区_2024_政府信息公开统计汇总.xlsx")).isRegularFile();
    }

    @Test
    void twoDataFoldersWritingOneOutputFolderEachNoticeTheOthersResults() throws Exception {
        Path input = work.resolve("input");
        Files.createDirectories(input.resolve("2024"));
        Files.writeString(input.resolve("units.csv"), "code,name,type,aliases,from_year,to_year\nT1,四坝镇,township,,,\n",
                StandardCharsets.UTF_8);
        Files.writeString(input.resolve("2024/四坝镇_2024.csv"), "指标代码,数值\nP02@M,2\n", StandardCharsets.UTF_8);
        String[] office = {"run", "--input", input.toString(), "--output", work.resolve("out").toString(), "--data",
            work.resolve("data-office").toString()};
        String[] laptop = {"run", "--input", input.toString(), "--output", work.resolve("out").toString(), "--data",
            work.resolve("data-laptop").toString()};

        assertThat(execute(office)).isZero();
        assertThat(execute(laptop)).isZero();
        assertThat(execute(office)).isZero();
        assertThat(execute(office)).isZero();

        assertThat(out.toString().lines().filter(line -> line.startsWith("凉州区 2024年度")))
                .containsExactly("凉州区 2024年度（V2021）：汇总完成（运行 #1）", "凉州区 2024年度（V2021）：汇总完成（运行 #1）",
                        "凉州区 2024年度（V2021）：输入与运行 #1 相同，未重新汇总，已按其结果重新输出"
                                + "（no change since run 1; its outputs were written again）",
                        "凉州区 2024年度（V2021）：输入自运行 #1 以来没有变化，未重新汇总（no change since run 1）");
        assertThat(Files.readString(work.resolve("out/2024/.disclosure-rollup-origin"))).endsWith("\nrun=1\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "rollup.schedule.cron  | 0 2 * 1 *     | rollup.schedule.cron 的值“0 2 * 1 *”有 5 项：这里要 6 项，秒在最前（秒 分 时 日 月 周）；同样的时间应写作“0 0 2 * 1 *”",
        "rollup.schedule.cron  | 0 0 25 * * *  | rollup.schedule.cron 的值“0 0 25 * * *”不是有效的 cron 表达式：要 6 项，秒在最前（秒 分 时 日 月 周），如“0 0 2 * 1 *”表示一月每天凌晨 2 点",
        "rollup.schedule.zone  | Mars/Olympus  | rollup.schedule.zone 的值“Mars/Olympus”不是时区：请写如 Asia/Shanghai",
        "rollup.schedule.years | abc           | rollup.schedule.years 的值“abc”不是年度：请写四位数字，如 [2024, 2025]；不写则为上一年度",
    })
    void aWrongScheduleSettingStopsServeWithOneLineAndStatusTwo(String name, String value, String message)
            throws Exception {
        System.setProperty(name, value);
        try {
            assertThat(execute(serve())).isEqualTo(2);
        } finally {
            System.clearProperty(name);
        }
        assertThat(err.toString().strip()).isEqualTo(message);
    }

    @Test
    void aPortInUseStopsServeWithOneLineAndStatusTwo() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            assertThat(execute(concat(serve(), new String[] {"--port", Integer.toString(port)}))).isEqualTo(2);
            assertThat(err.toString().strip()).isEqualTo("端口 " + port + " 已被占用：请用 --port 换一个");
        }
    }

    /** {@code serve} on folders of the work folder, with an account. */
    private String[] serve() throws Exception {
        Path input = Files.createDirectories(work.resolve("input"));
        Path data = work.resolve("data");
        AccountFile accounts = AccountFile.inDataFolder(data);
        if (!accounts.hasAccounts()) {
            accounts.put("张三", "correct horse".toCharArray());
        }
        return new String[] {"serve", "--input", input.toString(), "--output", work.resolve("out").toString(),
            "--data", data.toString()};
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
