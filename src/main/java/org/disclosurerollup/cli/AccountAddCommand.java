package org.disclosurerollup.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.disclosurerollup.account.AccountFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code account add NAME}: creates the account or sets its new password. The password is asked twice on the terminal,
 * or read as one line of standard input when there is no terminal (for scripts: {@code echo … | java -jar … account add}).
 */
@Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"新建账号，或为已有账号设置新密码；密码保存为 bcrypt 散列，存放在 <data>/accounts。",
            "Creates an account or resets its password (stored as a bcrypt hash in <data>/accounts)."},
        footer = {"", "例 (example): bin/rollup account add 张三"})
final class AccountAddCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NAME", description = "账号名 (account name)")
    String name;

    @Mixin
    CommonOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> nameProblem = AccountFile.nameProblem(name);
        if (nameProblem.isPresent()) {
            err.println(nameProblem.get());
            return ExitStatus.USAGE;
        }
        char[] password = readPassword(err);
        if (password == null) {
            return ExitStatus.USAGE;
        }
        try {
            Optional<String> passwordProblem = AccountFile.passwordProblem(password);
            if (passwordProblem.isPresent()) {
                err.println(passwordProblem.get() + "：请重新运行 account add " + name);
                return ExitStatus.USAGE;
            }
            AccountFile accounts = AccountFile.inDataFolder(options.data);
            boolean existed = accounts.put(name, password);
            out.println((existed ? "已为账号 " + name + " 设置新密码" : "已新建账号 " + name) + "（" + accounts.file() + "）");
            return ExitStatus.COMPLETED;
        } finally {
            Arrays.fill(password, ' ');
        }
    }

    /** The password, or null after saying why there is none. */
    private char[] readPassword(PrintWriter err) throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("账号 %s 的密码 (password): ", name);
            char[] second = console.readPassword("再输入一次 (again): ");
            if (first == null || second == null || !Arrays.equals(first, second)) {
                err.println("两次输入的密码不一致：请重新运行 account add " + name);
                return null;
            }
            Arrays.fill(second, ' ');
            return first;
        }
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (line == null) {
            err.println("没有读到密码：请在终端中运行，或从标准输入提供一行密码");
            return null;
        }
        return (line.endsWith("\r") ? line.substring(0, line.length() - 1) : line).toCharArray();
    }
}
