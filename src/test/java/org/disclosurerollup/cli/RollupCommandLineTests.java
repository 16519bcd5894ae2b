package org.disclosurerollup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
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
    void badUsageExitsWithTwoAndOneLine() {
        assertThat(execute("run", "--bogus")).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("用法错误：Unknown option: '--bogus'").doesNotContain("\n");
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

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
