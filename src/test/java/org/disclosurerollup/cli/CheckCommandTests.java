package org.disclosurerollup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check FILE…}: the run's reading and checks for files anywhere, no Spring context, no data or output folder;
 * each problem on a line, one summary line per file, exit 0 only when every file would be accepted whole.
 */
class CheckCommandTests {

    private static final String HEADER = "级别|文件|工作表|行号|单位|代码|原值|原因|说明";

    @TempDir
    Path work;

    private Path units;
    private Path mail;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void register() throws Exception {
        units = Files.writeString(work.resolve("units.csv"), """
                code,name,type,aliases,from_year,to_year
                G,凉州区人民政府,government,区政府,,
                T1,四坝镇,township,四坝镇人民政府,,
                T2,中坝镇,township,,,
                """, StandardCharsets.UTF_8);
        mail = Files.createDirectories(work.resolve("邮件附件"));
    }

    private int execute(String... args) {
        String[] all = Stream.concat(Stream.of("check", "--units", units.toString(), "--input",
                work.resolve("input").toString(), "--output", work.resolve("output").toString(), "--data",
                work.resolve("data").toString()), Stream.of(args)).toArray(String[]::new);
        return RollupCommandLine.execute(new PrintWriter(out, true), new PrintWriter(err, true), all);
    }

    private Path csv(String name, String... lines) throws Exception {
        return Files.writeString(mail.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private String[] printed() {
        return out.toString().lines().toArray(String[]::new);
    }

    @Test
    void aCleanFileExitsWithZeroAndSaysSo() throws Exception {
        Path file = csv("四坝镇_2024.csv", "指标代码,数值", "P02@M,2", "P03@N,1");

        assertThat(execute(file.toString())).isZero();

        assertThat(printed()).containsExactly(HEADER,
                file + "（按2024年度检查）：四坝镇的报表，读取 2 行，采用 2，退回 0；没有问题，汇总时会整份采用");
        assertThat(err.toString()).isEmpty();
        assertThat(work.resolve("data")).doesNotExist();
        assertThat(work.resolve("output")).doesNotExist();
    }

    @Test
    void warningsAloneStillExitWithZero() throws Exception {
        Path file = csv("四坝镇_2024.csv", "指标代码,数值", "P06@AMT,3500元");

        assertThat(execute(file.toString())).isZero();

        assertThat(printed()).containsExactly(HEADER,
                "警告|" + file + "||2|四坝镇|P06@AMT|3500元|yuan-to-wanyuan|“3500元”按元填写，已换算为0.35万元",
                file + "（按2024年度检查）：四坝镇的报表，读取 1 行，采用 1，退回 0；没有错误，有 1 条警告：请逐条核对（汇总时仍会整份采用）");
    }

    @Test
    void rowErrorsArePrintedAsTheRunListsThem() throws Exception {
        Path file = csv("中坝镇_2024.csv", "指标代码,数值", "P02@M,2", "P03@N,abc", "P04@N,-1", "X99,1", "P05@N,1.5",
                "P06@AMT,=1+2|3");

        assertThat(execute(file.toString())).isEqualTo(1);

        assertThat(printed()).containsExactly(HEADER,
                "错误|" + file + "||3|中坝镇|P03@N|abc|type-error|“abc”不是数字：请只填写阿拉伯数字（可带单位“件”），没有数据请填0",
                "错误|" + file + "||4|中坝镇|P04@N|-1|negative-value|“-1”为负数：该指标不能为负，请核对后填写",
                "错误|" + file + "||5|中坝镇|X99|1|unknown-code|指标代码“X99”不在V2021格式中：请对照填报模板填写正确的指标代码",
                "错误|" + file + "||6|中坝镇|P05@N|1.5|not-integer|“1.5”不是整数：件数应为整数",
                "错误|" + file + "||7|中坝镇|P06@AMT|=1+2｜3|type-error|“=1+2｜3”不是数字：请只填写阿拉伯数字（单位万元，按元填写请带“元”），没有数据请填0",
                file + "（按2024年度检查）：中坝镇的报表，读取 6 行，采用 1，退回 5；错误 5 条：请按上面各行更正后再报送");
    }

    @Test
    void aBrokenRuleRejectsTheWholeSubmissionWithBothSidesNumbers() throws Exception {
        Path file = csv("四坝镇_2024.csv", "单位,指标代码,数值", "四坝镇,R1@KEEP,2", "四坝镇,R1@CORR,1", "四坝镇,R1@TOT,4");

        assertThat(execute("--year", "2024", file.toString())).isEqualTo(1);

        assertThat(printed()).containsExactly(HEADER,
                "错误|" + file + "|||四坝镇|R-SUM-R1||rule-violation|四坝镇 · 表四R1：总计应等于结果维持、结果纠正、其他结果、"
                        + "尚未审结之和：R1@TOT(4)，R1@KEEP(2)+R1@CORR(1)+R1@OTH(0)+R1@PEND(0)=3，差额1",
                file + "：四坝镇的报表，读取 3 行，采用 0，退回 3；错误 1 条：请按上面各行更正后再报送");
    }

    @Test
    void anUnreadableFileIsRejectedWhole() throws Exception {
        Path file = Files.write(mail.resolve("四坝镇_2024.xlsx"), new byte[] {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00});

        assertThat(execute(file.toString())).isEqualTo(1);

        assertThat(printed()).containsExactly(HEADER,
                "错误|" + file + "|||四坝镇|||unreadable-file|无法读取Excel文件（文件已损坏、不完整或不是Excel工作簿）："
                        + "请用Excel或WPS打开，确认内容完整后另存为.xlsx再提交",
                file + "（按2024年度检查）：四坝镇的报表，读取 0 行，采用 0，退回 0；整个文件会被退回：请按上面的说明更正后再报送");
    }

    @Test
    void aFormOfAnotherTemplateIsOneProblemNotOnePerRow() throws Exception {
        Path file = csv("四坝镇_2024.csv", "指标代码,数值", "L01_1,3", "L01_1a,1", "L03_1,0");

        assertThat(execute(file.toString())).isEqualTo(1);

        assertThat(printed()).containsExactly(HEADER,
                "错误|" + file + "|||四坝镇|||template-mismatch|四坝镇的报表是V2014格式，2024年应按V2021格式填报："
                        + "请使用本年度的填报模板重新填报",
                file + "（按2024年度检查）：四坝镇的报表，读取 3 行，采用 0，退回 3；错误 1 条：请按上面各行更正后再报送");
    }

    @Test
    void eachFileHasItsOwnYearAndLinesAndAMissingFileOrAFolderSaySo() throws Exception {
        Path lastYear = csv("四坝镇_2023.csv", "指标代码,数值", "P02@M,2");
        Path thisYear = csv("中坝镇_2024.csv", "指标代码,数值", "P02@M,2");
        Path missing = work.resolve("四坝镇_2022.csv");
        Path lockFile = csv("~$中坝镇_2024.csv", "x");

        assertThat(execute(lastYear.toString(), missing.toString(), mail.toString(), thisYear.toString(),
                lockFile.toString())).isEqualTo(1);

        assertThat(printed()).containsExactly(HEADER,
                lastYear + "（按2023年度检查）：四坝镇的报表，读取 1 行，采用 1，退回 0；没有问题，汇总时会整份采用",
                missing + "：找不到这个文件：请检查路径和文件名",
                mail + "：这是文件夹，不是报表文件：请指定其中的报表文件，如 " + mail.resolve("四坝镇_2024.csv"),
                thisYear + "（按2024年度检查）：中坝镇的报表，读取 1 行，采用 1，退回 0；没有问题，汇总时会整份采用",
                lockFile + "：汇总时会跳过这个文件（隐藏文件、Office 临时文件“~$…”或系统文件），它不会作为报表读取",
                "共 5 个文件：2 个会整份采用，3 个有问题");
    }

    @Test
    void aFileWhoseNameGivesNoYearNeedsTheYearOption() throws Exception {
        Path file = csv("四坝镇.csv", "单位,指标代码,数值", "四坝镇,P02@M,2");

        assertThat(execute(file.toString())).isEqualTo(2);

        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().strip()).isEqualTo("无法从文件名得知年度：" + file
                + "（文件名应为“单位_年度.csv”，如 四坝镇_2024.csv，官方表格也可在表内“年度”一行写明）："
                + "请用 --year 指定报告年度，如 check --year 2024 …");
        assertThat(execute("--year", "2024", file.toString())).isZero();
    }

    @Test
    void anOfficialFormWhoseNameGivesNoYearIsCheckedForTheYearOfItsYearLine() throws Exception {
        Files.writeString(units, "T3,东大街街道,township,,,\n", StandardOpenOption.APPEND);
        Path attachment = Files.copy(Path.of("src/test/resources/examples/东大街街道_2024.xlsx"), mail.resolve("附件1.xlsx"));

        int status = execute(attachment.toString());

        assertThat(err.toString()).isEmpty();
        assertThat(printed()).containsExactly(HEADER,
                attachment + "（按2024年度检查）：东大街街道的报表，读取 200 行，采用 200，退回 0；没有问题，汇总时会整份采用");
        assertThat(status).isZero();
    }

    @Test
    void aFileOfNoUnitOfTheRegisterSaysSoInItsSummary() throws Exception {
        Path file = csv("某某乡_2024.csv", "指标代码,数值", "P02@M,2");

        assertThat(execute(file.toString())).isEqualTo(1);

        assertThat(printed()[printed().length - 1]).isEqualTo(file + "（按2024年度检查）：不是报送名单中任何单位的报表（文件写的单位是“某某乡”），"
                + "读取 1 行，采用 0，退回 1；整个文件会被退回：请按上面的说明更正后再报送");
    }

    @Test
    void aCountysWorkbookHowEverNamedIsCheckedForTheYearAndAreaOfItsRunFacts() throws Exception {
        cityRegister();
        Path renamed = countyWorkbook("汇总表.xlsx");
        Path misnamed = countyWorkbook("民勤县_2023_政府信息公开统计汇总.xlsx");

        assertThat(execute(renamed.toString(), misnamed.toString())).isZero();

        String gaps = "|||民勤县|||lower-area-gaps|民勤县的汇总（运行 #1）不全——缺报：红沙梁镇：计入的是民勤县汇总时的数字，"
                + "不含这些单位；请督促补报或更正后，由民勤县重新汇总、再报送汇总表";
        assertThat(printed()).containsExactly(HEADER,
                "警告|" + renamed + gaps,
                renamed + "（按2024年度检查）：民勤县的报表，读取 200 行，采用 200，退回 0；没有错误，有 1 条警告：请逐条核对（汇总时仍会整份采用）",
                "警告|" + misnamed + "|||民勤县|||name-mismatch|文件名写的年度是2023，表内年度是2024：已按表内年度汇总，请核对文件名",
                "警告|" + misnamed + gaps,
                misnamed + "（按2024年度检查）：民勤县的报表，读取 200 行，采用 200，退回 0；没有错误，有 2 条警告：请逐条核对（汇总时仍会整份采用）",
                "共 2 个文件：2 个会整份采用，0 个有问题");
    }

    @Test
    void aCountysWorkbookOfAnotherYearThanTheOneAskedForIsRejectedAsTheRunWould() throws Exception {
        cityRegister();
        Path renamed = countyWorkbook("汇总表.xlsx");

        assertThat(execute("--year", "2023", renamed.toString())).isEqualTo(1);

        assertThat(printed()).containsExactly(HEADER,
                "错误|" + renamed + "|||民勤县|||year-mismatch|表格中“年度”写的是2024年：这是2024年度的报表，"
                        + "不是2023年度的，请报送2023年度的报表",
                renamed + "：民勤县的报表，读取 200 行，采用 0，退回 200；整个文件会被退回：请按上面的说明更正后再报送");
    }

    private void cityRegister() throws Exception {
        units = Files.writeString(work.resolve("units.csv"), """
                code,name,type,aliases,from_year,to_year
                620600000,武威市人民政府,government,市政府,,
                620621,民勤县,region,,,
                """, StandardCharsets.UTF_8);
    }

    /** The workbook this tool wrote for 民勤县's 2024 run #1 (红沙梁镇 missing), as the county sent it. */
    private Path countyWorkbook(String name) throws Exception {
        return Files.copy(Path.of("src/test/resources/examples/民勤县_2024_政府信息公开统计汇总.xlsx"), mail.resolve(name));
    }

    @Test
    void badUsageExitsWithTwo() throws Exception {
        assertThat(execute()).isEqualTo(2);
        assertThat(err.toString()).startsWith("用法错误：缺少 FILE");
        assertThat(execute("--bogus", csv("四坝镇_2024.csv", "指标代码,数值").toString())).isEqualTo(2);
        assertThat(execute("--year", "1999", csv("四坝镇_1999.csv", "指标代码,数值").toString())).isEqualTo(2);
        assertThat(err.toString().lines()).contains("没有适用于1999年的报表格式：支持的年度见 domain/templates.csv");
        units = work.resolve("nowhere.csv");
        assertThat(execute(csv("四坝镇_2024.csv", "指标代码,数值").toString())).isEqualTo(2);
        assertThat(err.toString().lines().toList().get(err.toString().lines().toList().size() - 1))
                .startsWith("找不到单位名册 " + units);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void helpIsInChineseAndEnglish() {
        assertThat(RollupCommandLine.execute(new PrintWriter(out, true), new PrintWriter(err, true), "check", "--help"))
                .isZero();
        assertThat(out.toString()).contains("FILE...", "--year", "报告年度", "reporting year", "不用数据库",
                "Checks submission files as a run would", "退出状态", "exit status");
    }
}
