package org.disclosurerollup.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A database that cannot be used is one line naming it and what to fix, with the contract's exit status: 1 when the
 * command can simply be run again once the server is up, 2 when a setting is wrong — never a folder blamed for a
 * URL, never a stack trace.
 */
class DatabaseFaultLineTests {

    private static EmbeddedPostgres postgres;

    @TempDir
    Path work;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void server() throws IOException {
        postgres = EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(Path.of("target", "embedded-pg-faults").toAbsolutePath().toFile())
                .start();
    }

    @AfterAll
    static void stopServer() throws IOException {
        postgres.close();
    }

    @Test
    void aUrlWithoutAPortWhereNoServerListensNamesTheDefaultPortNotTheDataFolder() {
        assumeTrue(nothingListensOn(5432), "a PostgreSQL server runs on this machine's port 5432");

        int status = history(Map.of("spring.datasource.url", "jdbc:postgresql://127.0.0.1/rollup"));

        assertThat(status).isOne();
        assertThat(err.toString()).isEqualTo("无法连接数据库 127.0.0.1:5432/rollup（连接被拒绝或超时）：请确认数据库服务器已启动、网络畅通，"
                + "并且它使用默认端口 5432（SPRING_DATASOURCE_URL 中没有写端口）；恢复后重新运行同一命令即从中断处继续\n");
    }

    @Test
    void anUnknownServerNameIsAWrongSetting() {
        int status = history(Map.of("spring.datasource.url", "jdbc:postgresql://no-such-host.invalid:5432/rollup"));

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("找不到数据库服务器 no-such-host.invalid（no-such-host.invalid:5432/rollup）："
                + "请检查 SPRING_DATASOURCE_URL 中的服务器名称或地址\n");
    }

    @Test
    void aDatabaseTheServerDoesNotHaveIsAWrongSetting() {
        int status = history(Map.of("spring.datasource.url", "jdbc:postgresql://localhost:" + postgres.getPort() + "/no_such_db",
                "spring.datasource.username", "postgres"));

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("数据库服务器 localhost:" + postgres.getPort() + " 上没有数据库 no_such_db："
                + "请先建立它（如 createdb -O postgres no_such_db），或改正 SPRING_DATASOURCE_URL\n");
    }

    @Test
    void aUserTheServerRefusesIsAWrongSetting() {
        int status = history(Map.of("spring.datasource.url", "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                "spring.datasource.username", "nobody_here"));

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).startsWith("数据库 localhost:" + postgres.getPort() + "/postgres 拒绝了用户 nobody_here 的登录")
                .endsWith("请检查 SPRING_DATASOURCE_USERNAME 和 SPRING_DATASOURCE_PASSWORD\n");
    }

    @Test
    void aDatabaseANewerVersionUpgradedIsNotWrittenByThisOne() throws Exception {
        Path data = work.resolve("data");
        assertThat(history(Map.of())).as(err.toString()).isZero();
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + data.toAbsolutePath() + "/rollup", "sa", "");
             Statement statement = db.createStatement()) {
            statement.execute("""
                    INSERT INTO "flyway_schema_history" ("installed_rank", "version", "description", "type", "script",
                        "checksum", "installed_by", "execution_time", "success")
                    VALUES (99, '99', 'a later version', 'SQL', 'V99__later.sql', 0, 'sa', 0, TRUE)""");
        }

        int status = history(Map.of());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("数据库已被较新版本的程序升级（数据库结构版本 99，本程序只认识到版本 " + latestMigration() + "）："
                + "请使用升级它的版本（或更新的版本）的程序，不要用旧版本写这个数据库\n");
    }

    /** The highest schema version this program ships, read from its migrations as Flyway does. */
    private static int latestMigration() throws IOException {
        int latest = 0;
        for (Resource migration : new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*__*.sql")) {
            String name = migration.getFilename();
            latest = Math.max(latest, Integer.parseInt(name.substring(1, name.indexOf("__"))));
        }
        return latest;
    }

    /** {@code history} on the data folder, with these settings as system properties for the time of the command. */
    private int history(Map<String, String> settings) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        settings.forEach(System::setProperty);
        try {
            Files.createDirectories(work.resolve("data"));
            return RollupCommandLine.execute(new PrintWriter(out, true), new PrintWriter(err, true), "history",
                    "--data", work.resolve("data").toString(), "--output", work.resolve("output").toString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            settings.keySet().forEach(System::clearProperty);
        }
    }

    private static boolean nothingListensOn(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return false;
        } catch (IOException refused) {
            return true;
        }
    }
}
