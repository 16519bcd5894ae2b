package org.disclosurerollup.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.TransactionSystemException;

/** The one line for a fault of the machine, recognised by codes, types and the space left, with its exit status. */
class FaultsTest {

    private static final Path DATA = Path.of("/srv/rollup/data");
    private static final Path OUTPUT = Path.of("/srv/rollup/output");
    private static final DatabaseServer POSTGRES = new DatabaseServer("jdbc:postgresql://db.example:5433/rollup",
            "rollup", "secret");
    private static final DatabaseServer H2 = new DatabaseServer("jdbc:h2:file:/srv/rollup/data/rollup;WRITE_DELAY=0",
            "sa", "");

    /** Plenty of space everywhere, unless a test says otherwise. */
    private final Faults faults = new Faults(POSTGRES, DATA, folder -> 50L << 30).with("结果文件夹", OUTPUT);

    @Test
    void aServerThatGoesAwayIsAnOutageToWaitFor() {
        SQLException terminated = new SQLException("FATAL: terminating connection due to administrator command", "57P01");

        assertThat(Faults.connectionLost(new DataAccessResourceFailureException("insert", terminated))).isTrue();
        assertThat(Faults.connectionLost(new SQLTransientConnectionException("pool timed out"))).isTrue();
        assertThat(Faults.connectionLost(new SQLException("I/O error", "08006"))).isTrue();
        assertThat(Faults.connectionLost(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(line(terminated)).isEqualTo("无法连接数据库 db.example:5433/rollup（服务器正在关闭或重启）：请确认数据库服务器已启动、"
                + "网络畅通、地址和端口正确；恢复后重新运行同一命令即从中断处继续");
        assertThat(faults.of(terminated)).map(Faults.Fault::configuration).contains(false);
    }

    @Test
    void aLostConnectionHiddenBehindAFailedRollbackIsStillFound() {
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollback.initApplicationException(new SQLException("FATAL: terminating connection", "57P01"));

        assertThat(Faults.connectionLost(rollback)).isTrue();
    }

    @Test
    void wrongSettingsOfTheServerAreConfigurationErrors() {
        assertThat(faults.of(new SQLException("password authentication failed", "28P01")))
                .contains(new Faults.Fault("数据库 db.example:5433/rollup 拒绝了用户 rollup 的登录（用户名或密码不对，或服务器不允许从本机登录）："
                        + "请检查 SPRING_DATASOURCE_USERNAME 和 SPRING_DATASOURCE_PASSWORD", true));
        assertThat(faults.of(new SQLException("permission denied for schema public", "42501")))
                .map(Faults.Fault::configuration).contains(true);
        assertThat(faults.of(new SQLException("could not extend file: No space left on device", "53100")))
                .contains(new Faults.Fault("数据库服务器 db.example:5433/rollup 的磁盘已满：请数据库管理员腾出空间，"
                        + "之后重新运行同一命令即从中断处继续", false));
    }

    @Test
    void h2IsKnownByItsErrorCodes() {
        Faults embedded = new Faults(H2, DATA, folder -> 50L << 30);

        assertThat(embedded.of(new org.h2.jdbc.JdbcSQLNonTransientConnectionException("locked", null, "90020", 90020,
                null, null))).map(Faults.Fault::line).get().asString().contains("正被另一个汇总程序使用");
        assertThat(embedded.of(new org.h2.jdbc.JdbcSQLNonTransientConnectionException("format", null, "90048", 90048,
                null, null))).map(Faults.Fault::configuration).contains(true);
    }

    @Test
    void aFullDiskIsFoundByTheSpaceLeftWhateverTheMessageSays() {
        Faults outputFull = new Faults(H2, DATA, folder -> folder.equals(OUTPUT) ? 4096 : 50L << 30)
                .with("结果文件夹", OUTPUT);

        assertThat(outputFull.of(new IOException("write failed")))
                .contains(new Faults.Fault("结果文件夹 " + OUTPUT + " 所在的磁盘已满（剩余 4 KB）：请腾出空间后重新运行同一命令，会从中断处继续",
                        false));
    }

    @Test
    void aFullDiskIsFoundByTheSystemsWordsWhenTheSpaceLeftDoesNotTell() {
        Optional<Faults.Fault> fault = faults.of(new IllegalStateException("IO Exception",
                new IOException("No space left on device")));

        assertThat(fault).map(Faults.Fault::line).get().asString()
                .startsWith("数据文件夹 " + DATA + " 所在的磁盘已满");
    }

    @Test
    void aFolderThatMayNotBeWrittenNamesTheFolderAndIsAConfigurationError() {
        assertThat(faults.of(new AccessDeniedException(OUTPUT.resolve("2024/totals.csv").toString())))
                .contains(new Faults.Fault("没有写入结果文件夹 " + OUTPUT + " 的权限（" + OUTPUT.resolve("2024/totals.csv")
                        + "）：请让运行本程序的账号可以读写该文件夹，或指定另一个文件夹", true));
    }

    @Test
    void otherFailuresAreNotFaultsOfTheMachine() {
        assertThat(faults.of(new IllegalStateException("a bug"))).isEmpty();
        assertThat(faults.of(new SQLException("duplicate key", "23505"))).isEmpty();
    }

    private String line(Throwable failure) {
        return faults.of(failure).map(Faults.Fault::line).orElseThrow();
    }
}
