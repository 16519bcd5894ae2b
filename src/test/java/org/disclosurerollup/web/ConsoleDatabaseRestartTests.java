package org.disclosurerollup.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.disclosurerollup.job.ExclusiveYearRuns;
import org.disclosurerollup.job.RunFolders;
import org.disclosurerollup.job.RunProgress;
import org.disclosurerollup.support.RestartablePostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The console on a PostgreSQL server that goes away: its pages say so in a banner and reload themselves instead of
 * showing an error page, and come back by themselves with the server; a "run now" meanwhile waits for the server and
 * completes.
 */
class ConsoleDatabaseRestartTests extends ConsoleTestSupport {

    private static final int YEAR = 2030;
    private static RestartablePostgres postgres;

    @Autowired
    ExclusiveYearRuns runs;

    @Autowired
    RunFolders folders;

    @Autowired
    RunProgress progress;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) throws IOException {
        postgres = RestartablePostgres.start("pg-console-restarts");
        registry.add("spring.datasource.url", () -> postgres.jdbcUrl("postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.datasource.hikari.connection-timeout", () -> "1000");
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void postgresConnectionsProbeACutNetwork() throws Exception {
        assertThat(dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class).getDataSourceProperties())
                .containsEntry("socketFactory", "org.disclosurerollup.support.KeepAliveSocketFactory");
    }

    @Test
    void whileTheServerIsAwayPagesShowABannerAndComeBackWithIt() throws Exception {
        assertThat(page("/years/" + YEAR).getStatus()).isEqualTo(200);

        postgres.stop();
        MockHttpServletResponse down;
        try {
            down = page("/years/" + YEAR);
        } finally {
            postgres.startAgain();
        }

        assertThat(down.getStatus()).isEqualTo(503);
        assertThat(down.getContentAsString(StandardCharsets.UTF_8))
                .contains("数据库 127.0.0.1:" + postgres.port() + "/postgres 暂时无法连接（服务器重启或网络中断）",
                        "<meta http-equiv=\"refresh\" content=\"10\">")
                .doesNotContain("出错了");
        // as the page reloads itself: the pool's first tries after the restart may still meet dropped connections
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        int status = page("/years/" + YEAR).getStatus();
        while (status != 200 && System.nanoTime() < deadline) {
            Thread.sleep(500);
            status = page("/years/" + YEAR).getStatus();
        }
        assertThat(status).isEqualTo(200);
    }

    @Test
    void aRunStartedWhileTheServerIsAwayWaitsForItAndCompletes() throws Exception {
        Files.writeString(INPUT.resolve("units.csv"), "code,name,type,aliases,from_year,to_year\n"
                + "T1,四坝镇,township,,,\nT2,中坝镇,township,,,\n", StandardCharsets.UTF_8);
        Files.createDirectories(INPUT.resolve(Integer.toString(YEAR)));
        Files.writeString(INPUT.resolve(YEAR + "/中坝镇_" + YEAR + ".csv"), "指标代码,数值\nP02@M,2\n",
                StandardCharsets.UTF_8);

        postgres.stop();
        CompletableFuture<Optional<ExclusiveYearRuns.Ended>> run;
        try {
            run = CompletableFuture.supplyAsync(() -> runs.runIfIdle(folders.request(YEAR, "凉州区")));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!progress.of(YEAR).map(s -> s.step().equals(RunProgress.WAITING_FOR_DATABASE)).orElse(false)) {
                assertThat(System.nanoTime()).as("the run waits for the database").isLessThan(deadline);
                Thread.sleep(100);
            }
        } finally {
            postgres.startAgain();
        }

        ExclusiveYearRuns.Ended ended = run.get(120, TimeUnit.SECONDS).orElseThrow();
        assertThat(ended.problem()).isNull();
        assertThat(ended.outcome().completed()).as(ended.outcome().failure()).isTrue();
        assertThat(ended.outcome().notice()).startsWith("期间数据库 127.0.0.1:" + postgres.port() + "/postgres 连接中断 1 次");
    }

    private MockHttpServletResponse page(String path) throws Exception {
        return mvc.perform(get(path).with(user(USER))).andReturn().getResponse();
    }
}
