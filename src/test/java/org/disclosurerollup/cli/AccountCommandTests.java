package org.disclosurerollup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** {@code account add} with the password on standard input, and {@code serve} without an account. */
class AccountCommandTests {

    @TempDir
    Path work;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final InputStream stdin = System.in;

    @AfterEach
    void restoreStdin() {
        System.setIn(stdin);
    }

    private int execute(String password, String... args) {
        System.setIn(new ByteArrayInputStream(password.getBytes(StandardCharsets.UTF_8)));
        return RollupCommandLine.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void addsAnAccountWithABcryptHashReadableByTheOwnerOnly() throws Exception {
        Path data = work.resolve("data");
        assertThat(execute("correct horse\n", "account", "add", "张三", "--data", data.toString())).isZero();
        assertThat(out.toString().strip()).isEqualTo("已新建账号 张三（" + data.resolve("accounts") + "）");
        List<String> lines = Files.readAllLines(data.resolve("accounts"));
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).startsWith("张三:$2a$10$");
        String hash = lines.get(0).substring("张三:".length());
        assertThat(new BCryptPasswordEncoder().matches("correct horse", hash)).isTrue();
        assertThat(new BCryptPasswordEncoder().matches("correct horse ", hash)).isFalse();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("accounts"))))
                .isEqualTo("rw-------");
    }

    @Test
    void addingAgainSetsANewPasswordAndKeepsTheOthers() throws Exception {
        Path data = work.resolve("data");
        execute("first password\r\n", "account", "add", "张三", "--data", data.toString());
        execute("other password\n", "account", "add", "李四", "--data", data.toString());
        assertThat(execute("second password\n", "account", "add", "张三", "--data", data.toString())).isZero();
        assertThat(out.toString()).contains("已为账号 张三 设置新密码");
        List<String> lines = Files.readAllLines(data.resolve("accounts"));
        assertThat(lines).extracting(line -> line.substring(0, line.indexOf(':'))).containsExactly("张三", "李四");
        assertThat(new BCryptPasswordEncoder().matches("second password", lines.get(0).substring(3))).isTrue();
        try (var files = Files.list(data)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("accounts");
        }
    }

    @Test
    void aShortPasswordOrABadNameIsRefused() {
        Path data = work.resolve("data");
        assertThat(execute("short\n", "account", "add", "张三", "--data", data.toString())).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("密码太短：至少 8 个字符：请重新运行 account add 张三");
        assertThat(execute("correct horse\n", "account", "add", "a:b", "--data", data.toString())).isEqualTo(2);
        assertThat(execute("", "account", "add", "张三", "--data", data.toString())).isEqualTo(2);
        assertThat(Files.exists(data.resolve("accounts"))).isFalse();
    }

    @Test
    void aPasswordOverBcrypts72BytesIsRefusedBeforeHashing() {
        Path data = work.resolve("data");
        assertThat(execute("密".repeat(25) + "\n", "account", "add", "张三", "--data", data.toString())).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("密码太长：最多 72 字节（约 24 个汉字）：请重新运行 account add 张三");
        assertThat(data.resolve("accounts")).doesNotExist();
        assertThat(execute("密".repeat(24) + "\n", "account", "add", "张三", "--data", data.toString())).isZero();
    }

    @Test
    void serveWithoutAnAccountExitsWithTwoAndSaysHowToCreateOne() {
        assertThat(execute("", "serve", "--data", "data")).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo(
                "还没有账号：请先运行 bin/rollup account add 名字 建立一个账号，再启动控制台");
        err.getBuffer().setLength(0);
        assertThat(execute("", "serve", "--data", work.resolve("d").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("account add 名字 --data " + work.resolve("d"));
    }
}
