package org.disclosurerollup.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.disclosurerollup.support.RestartablePostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real command in a child JVM on a real PostgreSQL server, which the test restarts or stops while the run is at
 * planned statements (the child pauses there: no sleeps). A short restart is ridden out: the run waits, goes on from
 * its last commit and completes. A longer outage fails the run with one line naming the database, and the same
 * command resumes it — even from a start left UNKNOWN. Each time the outputs are those of an uninterrupted run.
 */
class DatabaseRestartTests {

    private static final int YEAR = 2024;
    /** Shorter than the shipped 10 s and 30 s, so that the outages of the tests take seconds. */
    private static final List<String> QUICK = List.of("spring.datasource.hikari.connection-timeout=2000",
            "rollup.database.outage-wait=20s", "rollup.database.outages-per-run=20");

    @TempDir
    static Path work;
    private static RestartablePostgres postgres;
    private static Path input;
    private static Path baselineOutput;

    @BeforeAll
    static void uninterruptedRun() throws Exception {
        postgres = RestartablePostgres.start("pg-restarts");
        input = work.resolve("input");
        Files.createDirectories(input.resolve("2024/邮件附件"));
        Files.copy(Path.of("input/units.csv"), input.resolve("units.csv"));
        for (String file : KillAndResumeTests.FILES) {
            Files.copy(Path.of("input/2024").resolve(file), input.resolve("2024").resolve(file));
        }
        baselineOutput = work.resolve("baseline/output");
        ChildRun baseline = run("baseline", List.of(), List.of());
        assertThat(baseline.exitStatus()).as(baseline.output()).isZero();
    }

    @AfterAll
    static void stopServer() throws Exception {
        postgres.close();
    }

    @Test
    void restartsOfTheServerAtSeveralPointsOfTheRunAreRiddenOutAndTheRunCompletes() throws Exception {
        List<String> points = List.of(
                "INSERT INTO input_file@1",                   // registering the files
                "UPDATE BATCH_STEP_EXECUTION_CONTEXT@8",      // reading: a chunk saving its state, not yet committed
                "UPDATE input_file SET status@9",             // reading: storing a file
                "INSERT INTO district_total@1",               // computing the totals (an outage: waited for)
                "FROM problem p LEFT JOIN input_file@2");     // exporting
        List<String> properties = new ArrayList<>(QUICK);
        properties.add("planned.pause=" + String.join("|", points));
        ChildRun child = run("restarts", properties, List.of("--progress"));

        for (int point = 0; point < points.size(); point++) {
            child.awaitLine(PlannedStop.PAUSE_MARKER + point);
            if (points.get(point).startsWith("INSERT INTO district_total")) {
                postgres.stop();
                child.resume();
                child.awaitLine("连接中断，等待恢复");
                postgres.startAgain();
            } else {
                postgres.restart();
                child.resume();
            }
        }

        assertThat(child.exitStatus()).as(child.output()).isZero();
        assertThat(child.output()).contains("汇总完成（运行 #1）", "数据行 读取 2999 = 采用 2597 + 退回 402")
                .containsPattern("期间数据库 127\\.0\\.0\\.1:\\d+/restarts 连接中断 \\d+ 次，等待 \\d+ 秒后恢复，已从中断处继续")
                .contains("2024年 数据库 127.0.0.1:" + postgres.port() + "/restarts 连接中断，等待恢复（已等待 ");
        SameOutputs.assertSame(work.resolve("restarts/output"), baselineOutput);
        assertThat(single("restarts", "SELECT COUNT(*) FROM BATCH_JOB_INSTANCE")).isOne();
        assertThat(single("restarts", "SELECT SUM(rows_read) FROM input_file")).isEqualTo(2999);
    }

    @Test
    void anOutageLongerThanTheWaitFailsTheRunWithOneLineAndTheSameCommandResumesItEvenFromUnknown() throws Exception {
        List<String> properties = List.of("spring.datasource.hikari.connection-timeout=1000",
                "rollup.database.outage-wait=3s", "planned.pause=UPDATE input_file SET status@5");
        ChildRun child = run("outage", properties, List.of());
        child.awaitLine(PlannedStop.PAUSE_MARKER + 0);
        postgres.stop();
        int status;
        try {
            child.resume();
            status = child.exitStatus();
        } finally {
            postgres.startAgain();
        }

        assertThat(status).as(child.output()).isOne();
        assertThat(child.errorLines()).as(child.output()).singleElement().asString().startsWith("凉州区 2024年度")
                .endsWith("数据库 127.0.0.1:" + postgres.port() + "/outage 连接中断，等待 3 秒仍未恢复：请检查数据库服务器和网络，"
                        + "恢复后重新运行同一命令即从中断处继续。");
        // what Spring Batch leaves when it cannot record how a start ended, as it may after such an outage
        update("outage", "UPDATE BATCH_JOB_EXECUTION SET STATUS = 'UNKNOWN', EXIT_CODE = 'UNKNOWN'");
        update("outage", "UPDATE BATCH_STEP_EXECUTION SET STATUS = 'UNKNOWN', EXIT_CODE = 'UNKNOWN' "
                + "WHERE STATUS <> 'COMPLETED'");

        ChildRun rerun = run("outage", List.of(), List.of());

        assertThat(rerun.exitStatus()).as(rerun.output()).isZero();
        assertThat(rerun.output()).contains("运行 #1 上次状态不明（数据库连接中断等），核对已保存的进度无误，从中断处继续",
                "汇总完成（运行 #1）");
        SameOutputs.assertSame(work.resolve("outage/output"), baselineOutput);
        assertThat(single("outage", "SELECT COUNT(*) FROM BATCH_JOB_INSTANCE")).isOne();
        assertThat(single("outage", "SELECT SUM(rows_read) FROM input_file")).isEqualTo(2999);
    }

    /** The command on database {@code name} (created on first use), with data and output folders of that name. */
    private static ChildRun run(String name, List<String> properties, List<String> arguments) throws Exception {
        Path folder = work.resolve(name);
        if (!Files.exists(folder)) {
            Files.createDirectories(folder);
            postgres.createDatabase(name);
        }
        return ChildRun.start(YEAR, input, folder.resolve("output"), folder.resolve("data"), null,
                Map.of("SPRING_DATASOURCE_URL", postgres.jdbcUrl(name), "SPRING_DATASOURCE_USERNAME", "postgres",
                        "SPRING_DATASOURCE_PASSWORD", ""), properties, arguments);
    }

    private static long single(String database, String sql) throws SQLException {
        try (Connection db = DriverManager.getConnection(postgres.jdbcUrl(database), "postgres", "");
             Statement statement = db.createStatement(); var result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void update(String database, String sql) throws SQLException {
        try (Connection db = DriverManager.getConnection(postgres.jdbcUrl(database), "postgres", "");
             Statement statement = db.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
