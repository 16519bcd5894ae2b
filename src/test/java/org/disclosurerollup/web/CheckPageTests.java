package org.disclosurerollup.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.disclosurerollup.checking.SingleFileCheck;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

/** The check page: files are checked as the run would check them, their problems shown, and nothing is stored. */
class CheckPageTests extends ConsoleTestSupport {

    private static final Path YEAR = INPUT.resolve("2026");

    @BeforeEach
    void register() throws Exception {
        Files.writeString(INPUT.resolve("units.csv"), "code,name,type,aliases,from_year,to_year\n"
                + "T1,四坝镇,township,四坝镇人民政府,,\nT2,中坝镇,township,,,\n", StandardCharsets.UTF_8);
    }

    private MvcResult check(MockMultipartFile... files) throws Exception {
        var request = multipart("/years/2026/check");
        for (MockMultipartFile file : files) {
            request.file(file);
        }
        return mvc.perform(request.with(user(USER)).with(csrf())).andExpect(status().isOk()).andReturn();
    }

    private static MockMultipartFile file(String name, String... lines) {
        return new MockMultipartFile("files", name, "text/csv",
                (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static List<UploadCheck.Checked> checked(MvcResult result) {
        return (List<UploadCheck.Checked>) result.getModelAndView().getModel().get("checked");
    }

    @Test
    void eachFilesProblemsAreShownAndNothingIsStored() throws Exception {
        MvcResult result = check(file("四坝镇_2026.csv", "指标代码,数值", "P02@M,2", "P03@N,1"),
                file("中坝镇_2026.csv", "指标代码,数值", "P02@M,2", "P03@N,abc", "P06@AMT,3500元"));

        List<UploadCheck.Checked> checked = checked(result);
        assertThat(checked).extracting(UploadCheck.Checked::summary, UploadCheck.Checked::acceptedWhole)
                .containsExactly(
                        tuple("四坝镇_2026.csv：四坝镇的报表，读取 2 行，采用 2，退回 0；没有问题，汇总时会整份采用", true),
                        tuple("中坝镇_2026.csv：中坝镇的报表，读取 3 行，采用 2，退回 1；错误 1 条，警告 1 条："
                                + "请按下面各行更正后再报送", false));
        assertThat(checked.get(1).lines()).extracting(l -> l.row() + "|" + l.unit() + "|" + l.code() + "|" + l.value()
                + "|" + l.reason() + "|" + l.message()).containsExactly(
                "3|中坝镇|P03@N|abc|type-error|“abc”不是数字：请只填写阿拉伯数字（可带单位“件”），没有数据请填0",
                "4|中坝镇|P06@AMT|3500元|yuan-to-wanyuan|“3500元”按元填写，已换算为0.35万元");
        String page = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("<td class=\"wrap\">“abc”不是数字：请只填写阿拉伯数字（可带单位“件”），没有数据请填0</td>",
                "<div class=\"message ok\">四坝镇_2026.csv：四坝镇的报表，读取 2 行，采用 2，退回 0；没有问题，汇总时会整份采用</div>");
        assertThat(stored()).isEmpty();
    }

    @Test
    void aBrokenRuleAndAnUnreadableFileAreShownAsTheRunWouldRecordThem() throws Exception {
        MvcResult result = check(file("四坝镇_2026.csv", "指标代码,数值", "R1@KEEP,2", "R1@CORR,1", "R1@TOT,4"),
                new MockMultipartFile("files", "中坝镇_2026.xlsx", "application/octet-stream",
                        new byte[] {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00}));

        List<UploadCheck.Checked> checked = checked(result);
        assertThat(checked.get(0).lines()).extracting(CheckPageTests::shown).containsExactly(
                "错误|R-SUM-R1|rule-violation|四坝镇 · 表四R1：总计应等于结果维持、结果纠正、其他结果、尚未审结之和："
                        + "R1@TOT(4)，R1@KEEP(2)+R1@CORR(1)+R1@OTH(0)+R1@PEND(0)=3，差额1");
        assertThat(checked.get(1).lines()).extracting(CheckPageTests::shown).containsExactly(
                "错误||unreadable-file|无法读取Excel文件（文件已损坏、不完整或不是Excel工作簿）：请用Excel或WPS打开，"
                        + "确认内容完整后另存为.xlsx再提交");
        assertThat(checked.get(1).summary()).isEqualTo("中坝镇_2026.xlsx：中坝镇的报表，读取 0 行，采用 0，退回 0；整个文件会被退回：请按下面的说明更正后再报送");
    }

    @Test
    void aFileOverTheSizeCapOrWithoutFilesSaysSo() throws Exception {
        MvcResult result = check(new MockMultipartFile("files", "四坝镇_2026.csv", "text/csv", new byte[17 * 1024]));
        assertThat(checked(result)).extracting(UploadCheck.Checked::summary)
                .containsExactly("四坝镇_2026.csv：超过 16 KB（这个文件 17 KB），汇总时会被退回：请只提交本单位本年度的统计表");

        MvcResult none = mvc.perform(multipart("/years/2026/check").with(user(USER)).with(csrf()))
                .andExpect(status().isOk()).andReturn();
        assertThat(none.getModelAndView().getModel().get("uploadErrors"))
                .isEqualTo(List.of("没有选择文件：请先选择要检查的报表文件"));
    }

    @Test
    void theYearPageLinksTheCheckPage() throws Exception {
        String page = mvc.perform(get("/years/2026").with(user(USER))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("<a id=\"check-link\" href=\"/years/2026/check\">检查报表</a>");
        String checkPage = mvc.perform(get("/years/2026/check").with(user(USER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(checkPage).contains("检查报表（不保存）", "action=\"/years/2026/check?_csrf=");
    }

    @Test
    void anUploadOverTheRequestLimitGoesBackToTheCheckPage() {
        assertThat(UploadLimitFilter.pageAfter("/years/2026/check")).isEqualTo("/years/2026/check");
        assertThat(UploadLimitFilter.pageAfter("/years/2026/uploads")).isEqualTo("/years/2026");
    }

    /** Level, code, reason and message of a line. */
    private static String shown(SingleFileCheck.Line line) {
        return (line.error() ? "错误" : "警告") + "|" + (line.code() == null ? "" : line.code()) + "|" + line.reason()
                + "|" + line.message();
    }

    private static List<String> stored() throws Exception {
        if (!Files.isDirectory(YEAR)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(YEAR)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
