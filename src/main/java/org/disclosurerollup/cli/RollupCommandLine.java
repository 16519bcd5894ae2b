package org.disclosurerollup.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.disclosurerollup.support.Failures;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The command line: {@code run}, {@code --help}; usage errors give exit status 2. */
@Command(name = "disclosure-rollup", mixinStandardHelpOptions = true, version = "Disclosure Rollup 0.1",
        sortOptions = false,
        header = {"政府信息公开年报统计汇总 (Disclosure Rollup)", ""},
        description = {
            "汇总各乡镇街道、区直部门报送的政府信息公开年度报告统计表，校验勾稽关系，输出全区、区本级汇总表。",
            "Sums the yearly government-information-disclosure statistics of a district's units, checks them against "
                    + "the official table rules, and writes the district totals, a consolidated workbook and an audit log."},
        subcommands = {RunCommand.class, CheckCommand.class, HistoryCommand.class, TemplateCommand.class,
            ServeCommand.class, AccountCommand.class},
        footer = {"", "退出状态 (exit status): 0 完成 (completed)  1 运行失败，可重新运行继续 (failed, re-run resumes)"
                + "  2 用法或配置错误 (bad usage or configuration)"})
public final class RollupCommandLine implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "请指定命令，例如 run --year 2024 (a command is required)");
    }

    public static int execute(String... args) {
        PrintWriter out = new PrintWriter(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        return execute(out, err, args);
    }

    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new RollupCommandLine());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((e, args1) -> {
            String help = e.getCommandLine().getCommandSpec().qualifiedName() + " --help";
            err.println("用法错误：" + UsageMessages.of(e) + "（运行 " + help + " 查看用法 / see " + help + "）");
            return ExitStatus.USAGE;
        });
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            err.println("运行失败：" + Failures.messageFor(e));
            return ExitStatus.FAILED;
        });
        return commandLine.execute(args);
    }
}
