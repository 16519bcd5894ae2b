package org.disclosurerollup.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.util.List;
import org.disclosurerollup.history.RunLine;
import org.disclosurerollup.history.YearHistory;
import org.disclosurerollup.job.ExclusiveYearRuns;
import org.disclosurerollup.job.RunFolders;
import org.disclosurerollup.schedule.ScheduledRunLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The year page after a run: why rows of an accepted submission were rejected, not only whole rejections, and the
 * first warnings of each submission.
 */
class YearPageTests extends ConsoleTestSupport {

    @Autowired
    ExclusiveYearRuns runs;

    @Autowired
    RunFolders folders;

    @Autowired
    ScheduledRunLog scheduledRuns;

    @Test
    void anAcceptedSubmissionShowsItsFirstRowProblemsAndHowManyMore() throws Exception {
        Files.writeString(INPUT.resolve("units.csv"), "code,name,type,aliases,from_year,to_year\n"
                + "T1,四坝镇,township,,,\nT2,中坝镇,township,,,\n", StandardCharsets.UTF_8);
        Files.createDirectories(INPUT.resolve("2022"));
        Files.writeString(INPUT.resolve("2022/中坝镇_2022.csv"), "指标代码,数值\nP02@M,2\nP03@N,abc\nP04@N,-1\n"
                + "X99,1\nP05@N,1.5\nP06@N,九\n", StandardCharsets.UTF_8);
        assertThat(runs.runIfIdle(folders.request(2022, "凉州区")).orElseThrow().problem()).isNull();

        YearStatusReader.YearStatus status = (YearStatusReader.YearStatus) mvc.perform(get("/years/2022")
                .with(user(USER))).andReturn().getModelAndView().getModel().get("status");

        YearStatusReader.UnitLine line = status.units().stream().filter(u -> u.unit().equals("中坝镇")).findFirst()
                .orElseThrow();
        assertThat(line.statusLabel()).isEqualTo("已采用");
        assertThat(line.accepted()).isEqualTo(1);
        assertThat(line.rejected()).isEqualTo(5);
        assertThat(line.reasons()).isEqualTo(List.of(
                "第3行：“abc”不是数字：请只填写阿拉伯数字（可带单位“件”），没有数据请填0（type-error）",
                "第4行：“-1”为负数：该指标不能为负，请核对后填写（negative-value）",
                "第5行：指标代码“X99”不在V2021格式中：请对照填报模板填写正确的指标代码（unknown-code）",
                "另有 2 条，见 rejected-rows.csv"));
        assertThat(status.units().stream().filter(u -> u.unit().equals("四坝镇")).findFirst().orElseThrow().reasons())
                .isEmpty();
    }

    @Test
    void warningsShowAfterTheRowProblemsAndForAUnitWithOnlyWarnings() throws Exception {
        Files.writeString(INPUT.resolve("units.csv"), "code,name,type,aliases,from_year,to_year\n"
                + "T1,四坝镇,township,,,\nT2,中坝镇,township,,,\nT3,清水镇,township,,,\n", StandardCharsets.UTF_8);
        Files.createDirectories(INPUT.resolve("2027"));
        Files.writeString(INPUT.resolve("2027/四坝镇_2027.csv"), "单位,指标代码,数值\n中坝镇,P02@M,2\n中坝镇,P03@N,abc\n"
                + "中坝镇,R1@KEEP,1\n中坝镇,R1@TOT,\n中坝镇,R2@KEEP,2\n中坝镇,R2@TOT,\n中坝镇,R3@KEEP,3\n中坝镇,R3@TOT,\n",
                StandardCharsets.UTF_8);
        Files.writeString(INPUT.resolve("2027/清水镇_2027.csv"), "指标代码,数值\nR1@KEEP,1\nR1@TOT,\n",
                StandardCharsets.UTF_8);
        assertThat(runs.runIfIdle(folders.request(2027, "凉州区")).orElseThrow().problem()).isNull();

        String page = page("/years/2027");
        YearStatusReader.YearStatus status = (YearStatusReader.YearStatus) mvc.perform(get("/years/2027")
                .with(user(USER))).andReturn().getModelAndView().getModel().get("status");

        YearStatusReader.UnitLine zhongba = unitLine(status, "中坝镇");
        assertThat(zhongba.reasons()).containsExactly(
                "第3行：“abc”不是数字：请只填写阿拉伯数字（可带单位“件”），没有数据请填0（type-error）");
        assertThat(zhongba.warnings()).containsExactly(
                "警告：文件名写的单位是四坝镇，表内填报单位是中坝镇：已按表内单位汇总，请核对文件名",
                "警告：第5行：中坝镇 · R1@TOT（行政复议·总计）未填写，已按R-SUM-R1由各分项之和计为1：如有误请补填合计数",
                "警告：第7行：中坝镇 · R2@TOT（未经复议直接起诉·总计）未填写，已按R-SUM-R2由各分项之和计为2：如有误请补填合计数",
                "另有 1 条警告，见汇总表“问题清单”");
        assertThat(unitLine(status, "清水镇").reasons()).isEmpty();
        assertThat(unitLine(status, "清水镇").warnings()).containsExactly(
                "警告：第3行：清水镇 · R1@TOT（行政复议·总计）未填写，已按R-SUM-R1由各分项之和计为1：如有误请补填合计数");
        assertThat(unitLine(status, "四坝镇").warnings()).isEmpty();
        assertThat(page).contains("<ul class=\"hints\"><li>警告：");
    }

    @Test
    void theHistoryShowsEachRunWithItsFiguresAndWhichOneIsInTheOutputFolder() throws Exception {
        Files.writeString(INPUT.resolve("units.csv"), "code,name,type,aliases,from_year,to_year\n"
                + "T1,四坝镇,township,,,\nT2,中坝镇,township,,,\n", StandardCharsets.UTF_8);
        Files.createDirectories(INPUT.resolve("2023"));
        Files.writeString(INPUT.resolve("2023/四坝镇_2023.csv"), "指标代码,数值\nP02@M,2\nP03@N,abc\n",
                StandardCharsets.UTF_8);
        assertThat(runs.runIfIdle(folders.request(2023, "凉州区")).orElseThrow().problem()).isNull();

        YearHistory history = (YearHistory) mvc.perform(get("/years/2023").with(user(USER))).andReturn()
                .getModelAndView().getModel().get("history");
        String page = page("/years/2023");

        assertThat(history.runs()).hasSize(1);
        RunLine run = history.runs().get(0);
        assertThat(List.of(run.statusLabel(), run.starts(), run.counts().rowsRead(), run.counts().rowsAccepted(),
                run.counts().rowsRejected(), run.published())).containsExactly("完成", 1, 2L, 1L, 1L, true);
        assertThat(page).contains("<td class=\"short\">#" + run.runId() + " ★</td>", "<td>2 = 1 + 1</td>",
                "★ 结果文件夹 " + OUTPUT.resolve("2023") + " 中的是运行 #" + run.runId() + " 的结果，");
    }

    @Test
    void theWarningsAcrossYearsShowLikeTheOthers() throws Exception {
        Files.writeString(INPUT.resolve("units.csv"), "code,name,type,aliases,from_year,to_year\n"
                + "T1,四坝镇,township,,,\nT2,中坝镇,township,,,\n", StandardCharsets.UTF_8);
        Files.createDirectories(INPUT.resolve("2028"));
        Files.createDirectories(INPUT.resolve("2029"));
        Files.writeString(INPUT.resolve("2028/四坝镇_2028.csv"), "指标代码,数值\nA01@PW,2\nA01@TT,2\nA04@PW,2\nA04@TT,2\n",
                StandardCharsets.UTF_8);
        Files.writeString(INPUT.resolve("2028/中坝镇_2028.csv"), "指标代码,数值\nP02@M,2\n", StandardCharsets.UTF_8);
        Files.writeString(INPUT.resolve("2029/四坝镇_2029.csv"), "指标代码,数值\nA02@PW,1\nA02@TT,1\nA04@PW,1\nA04@TT,1\n",
                StandardCharsets.UTF_8);
        Files.writeString(INPUT.resolve("2029/中坝镇_2029.csv"), "指标代码,数值\nP02@M,2\n", StandardCharsets.UTF_8);
        assertThat(runs.runIfIdle(folders.request(2028, "凉州区")).orElseThrow().problem()).isNull();
        assertThat(runs.runIfIdle(folders.request(2029, "凉州区")).orElseThrow().problem()).isNull();

        YearStatusReader.YearStatus status = (YearStatusReader.YearStatus) mvc.perform(get("/years/2029")
                .with(user(USER))).andReturn().getModelAndView().getModel().get("status");

        assertThat(unitLine(status, "四坝镇").warnings()).containsExactly(
                "警告：四坝镇 · 表三 上年结转政府信息公开申请数量（社会公益组织）为 1，但2028年结转下年度继续办理为 2，本年少 1："
                        + "请核对本年的上年结转数和上年的报表",
                "警告：四坝镇 · 表三 上年结转政府信息公开申请数量（总计）为 1，但2028年结转下年度继续办理为 2，本年少 1："
                        + "请核对本年的上年结转数和上年的报表");
        assertThat(unitLine(status, "中坝镇").warnings()).containsExactly(
                "警告：中坝镇 · 与上年（2028年）报送的数据完全相同，请确认不是误报了上年的报表");
    }

    @Test
    void withoutTemplatesTheYearPageGivesTheCommandForThisConsolesFolders() throws Exception {
        String page = mvc.perform(get("/years/2021").with(user(USER))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("还没有模板：运行 bin/rollup template --year 2021 --output "
                + OUTPUT + " --units " + INPUT.resolve("units.csv") + " 生成。");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "abc    | 年度应为四位数字，如 2024",
        "2024年 | 年度应为四位数字，如 2024",
        "99999  | 年度应为四位数字，如 2024",
        "' '    | 请输入年度，如 2024",
        "1999   | 没有适用于1999年的报表格式：请选择其他年度",
    })
    void anyOtherYearTypedGetsALineOnTheYearsPage(String typed, String message) throws Exception {
        mvc.perform(get("/years").param("year", typed).with(user(USER))).andExpect(status().isOk())
                .andExpect(model().attribute("yearError", message));
    }

    @Test
    void theErrorPageOpenedDirectlyIsPlain() throws Exception {
        String page = mvc.perform(get("/error").accept(MediaType.TEXT_HTML)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("这里没有内容").doesNotContain("状态", "999");
    }

    @Test
    void aFailedScheduledRunShowsOnTheYearsPageAndItsYearsPage() throws Exception {
        scheduledRuns.record(new ScheduledRunLog.Entry(2025, LocalDateTime.of(2026, 1, 1, 2, 0), true,
                "失败：找不到文件夹 input/2025"));
        String line = "最近一次定时运行（2026-01-01 02:00）：2025 年，失败：找不到文件夹 input/2025";
        assertThat(page("/")).contains(line);
        assertThat(page("/years/2025")).contains(line);
        assertThat(page("/years/2022")).doesNotContain("最近一次定时运行");
    }

    private static YearStatusReader.UnitLine unitLine(YearStatusReader.YearStatus status, String unit) {
        return status.units().stream().filter(u -> u.unit().equals(unit)).findFirst().orElseThrow();
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(user(USER))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
