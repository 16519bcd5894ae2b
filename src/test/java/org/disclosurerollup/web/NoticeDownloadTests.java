package org.disclosurerollup.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.disclosurerollup.job.ExclusiveYearRuns;
import org.disclosurerollup.job.RunFolders;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The notices of a year on the console: each unit's in its status row, and all of them as one zip. */
class NoticeDownloadTests extends ConsoleTestSupport {

    @Autowired
    ExclusiveYearRuns runs;

    @Autowired
    RunFolders folders;

    @Test
    void eachUnitsNoticeIsLinkedInItsStatusRowAndAllComeAsOneZip() throws Exception {
        Files.writeString(INPUT.resolve("units.csv"), "code,name,type,aliases,from_year,to_year\n"
                + "T1,四坝镇,township,,,\nT2,中坝镇,township,,,\nT3,清水镇,township,,,\nT4,金河镇,township,,,\n",
                StandardCharsets.UTF_8);
        Files.createDirectories(INPUT.resolve("2031"));
        Files.writeString(INPUT.resolve("2031/四坝镇_2031.csv"), "指标代码,数值\nP02@M,2\nP03@N,abc\n",
                StandardCharsets.UTF_8);
        Files.writeString(INPUT.resolve("2031/中坝镇_2031.csv"), "指标代码,数值\nP02@M,2\n", StandardCharsets.UTF_8);
        Files.writeString(INPUT.resolve("2031/清水镇_2031.csv"), "指标代码,数值\nR1@KEEP,2\nR1@TOT,3\n",
                StandardCharsets.UTF_8);
        Files.writeString(INPUT.resolve("2031/金河镇_2031.csv"), "指标代码,数值\nP06@AMT,3500元\n", StandardCharsets.UTF_8);
        assertThat(runs.runIfIdle(folders.request(2031, "凉州区")).orElseThrow().problem()).isNull();
        Path notices = OUTPUT.resolve("2031/退回通知");
        Files.writeString(notices.resolve(".hidden.xlsx"), "hidden");
        Files.createSymbolicLink(notices.resolve("链接_2031_退回通知.xlsx"), ROOT.resolve("secret.txt"));

        YearStatusReader.YearStatus status = (YearStatusReader.YearStatus) mvc.perform(get("/years/2031")
                .with(user(USER))).andReturn().getModelAndView().getModel().get("status");
        assertThat(status.units()).extracting(u -> u.unit() + "|" + u.notice() + "|" + u.noticeKind()).containsExactly(
                "四坝镇|四坝镇_2031_退回通知.xlsx|退回通知", "中坝镇|null|null", "清水镇|清水镇_2031_退回通知.xlsx|退回通知",
                "金河镇|金河镇_2031_退回通知.xlsx|核对通知");
        String page = page("/years/2031");
        assertThat(page).contains("<a class=\"notice\" href=\"/years/2031/notices/"
                        + URLEncoder.encode("四坝镇_2031_退回通知.xlsx", StandardCharsets.UTF_8).replace("+", "%20")
                        + "\">退回通知</a>",
                "<a class=\"notice\" href=\"/years/2031/notices/"
                        + URLEncoder.encode("金河镇_2031_退回通知.xlsx", StandardCharsets.UTF_8).replace("+", "%20")
                        + "\">核对通知</a>",
                "<a id=\"notices-zip\" href=\"/years/2031/notices.zip\">全部下载（.zip）</a>");

        byte[] notice = mvc.perform(get(URI.create("/years/2031/notices/"
                        + URLEncoder.encode("四坝镇_2031_退回通知.xlsx", StandardCharsets.UTF_8))).with(user(USER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(notice).isEqualTo(Files.readAllBytes(notices.resolve("四坝镇_2031_退回通知.xlsx")));

        var zip = mvc.perform(get("/years/2031/notices.zip").with(user(USER))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andExpect(header().string("Content-Disposition", endsWith("; filename*=UTF-8''"
                        + URLEncoder.encode("凉州区_2031_退回通知.zip", StandardCharsets.UTF_8))))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(entries(zip)).containsExactly("四坝镇_2031_退回通知.xlsx", "清水镇_2031_退回通知.xlsx",
                "金河镇_2031_退回通知.xlsx");
    }

    @Test
    void aYearWithoutNoticesHasNoZipAndNoNameLeavesTheFolder() throws Exception {
        mvc.perform(get("/years/2032/notices.zip").with(user(USER))).andExpect(status().isNotFound());
        Files.createDirectories(OUTPUT.resolve("2032/退回通知"));
        Files.writeString(OUTPUT.resolve("2032/totals.csv"), "year,scope,code,value\n");
        mvc.perform(get("/years/2032/notices.zip").with(user(USER))).andExpect(status().isNotFound());
        mvc.perform(get(URI.create("/years/2032/notices/..%2Ftotals.csv")).with(user(USER)))
                .andExpect(status().is4xxClientError());
        mvc.perform(get("/years/2032/notices/totals.csv").with(user(USER))).andExpect(status().isNotFound());
    }

    private static List<String> entries(byte[] zip) throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(user(USER))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
