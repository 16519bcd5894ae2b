package org.disclosurerollup.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Downloads come from the output folder only: no name in a request reaches any other file. */
class DownloadTests extends ConsoleTestSupport {

    private static final String SECRET = "secret outside the output folder";

    @BeforeAll
    static void files() throws Exception {
        Files.createDirectories(OUTPUT.resolve("2024"));
        Files.writeString(OUTPUT.resolve("2024").resolve("totals.csv"), "year,scope,code,value\n");
        Files.writeString(ROOT.resolve("secret.txt"), SECRET);
        Files.writeString(OUTPUT.resolve("secret.csv"), SECRET);
        Path link = OUTPUT.resolve("2024").resolve("link.csv");
        if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Files.createSymbolicLink(link, ROOT.resolve("secret.txt"));
        }
        Path templates = Files.createDirectories(OUTPUT.resolve("templates").resolve("2024"));
        Files.writeString(templates.resolve("四坝镇_2024_填报模板.xlsx"), "template");
    }

    @Test
    void aResultFileIsServed() throws Exception {
        mvc.perform(get("/years/2024/results/totals.csv").with(user(USER))).andExpect(status().isOk())
                .andExpect(content().string("year,scope,code,value\n"));
    }

    @Test
    void aTemplateIsServedByItsChineseName() throws Exception {
        mvc.perform(get(URI.create("/years/2024/templates/%E5%9B%9B%E5%9D%9D%E9%95%87_2024_%E5%A1%AB%E6%8A%A5"
                        + "%E6%A8%A1%E6%9D%BF.xlsx")).with(user(USER)))
                .andExpect(status().isOk()).andExpect(content().string("template"));
    }

    @Test
    void aSymbolicLinkOutOfTheFolderIsRefused() throws Exception {
        assertRefused("/years/2024/results/link.csv");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/years/2024/results/..%2Fsecret.csv",
        "/years/2024/results/%2e%2e%2fsecret.csv",
        "/years/2024/results/%2E%2E",
        "/years/2024/results/..",
        "/years/2024/results/../../secret.txt",
        "/years/2024/results/..%5C..%5Csecret.txt",
        "/years/2024/results/%2Fetc%2Fpasswd",
        "/years/2024/results//etc/passwd",
        "/years/2024/templates/..%2F..%2F2024%2Ftotals.csv",
        "/years/2024/results/nothing.csv",
        "/years/2024/results/%00totals.csv",
    })
    void pathTricksAreRefused(String path) throws Exception {
        assertRefused(path);
    }

    private void assertRefused(String path) throws Exception {
        var response = mvc.perform(get(URI.create(path)).with(user(USER))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isIn(400, 404);
        assertThat(response.getContentAsString()).doesNotContain(SECRET).doesNotContain("root:");
    }
}
