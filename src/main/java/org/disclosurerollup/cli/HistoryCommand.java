package org.disclosurerollup.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.disclosurerollup.RollupProperties;
import org.disclosurerollup.history.RunHistory;
import org.disclosurerollup.history.YearHistory;
import org.disclosurerollup.support.Failures;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code history [--year Y] [--csv]}: the runs of a year kept in the data folder, and whose results are in the output. */
@Command(name = "history", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"显示年度的运行记录：每次运行的状态、时间、用时、启动次数、文件和数据行数、输入指纹，以及结果文件夹中"
                + "是哪次运行的结果。不指定 --year 时显示有运行记录的每个年度。",
            "Shows the run history of a year: each run's status, times, duration, starts, files and rows, input "
                    + "fingerprint, and which run's results the output folder holds; without --year, every year "
                    + "that has runs."},
        footer = {"", "例 (example): bin/rollup history --year 2024",
            "退出状态 (exit status): 0 已显示，没有运行记录也是 0 (shown, also when there are no runs)"
                    + "  1 数据库无法打开或正被使用 (database in use or unreadable)"
                    + "  2 用法或配置错误 (bad usage or configuration)"})
final class HistoryCommand implements Callable<Integer> {

    @Option(names = "--year", paramLabel = "Y", description = "报告年度，如 2024 (reporting year)")
    Integer year;

    @Option(names = "--csv", description = "以 CSV 输出（UTF-8，英文表头），供脚本使用 (print CSV for scripts: UTF-8, "
            + "English header)")
    boolean csv;

    @Mixin
    CommonOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (options.reportedProblem(err)) {
            return ExitStatus.USAGE;
        }
        if (!Files.isDirectory(options.data)) {
            print(List.of(), null, out);
            return ExitStatus.COMPLETED;
        }
        try (ConfigurableApplicationContext context = SpringContexts.start(options)) {
            RunHistory history = context.getBean(RunHistory.class);
            List<YearHistory> years = new ArrayList<>();
            for (int y : year != null ? List.of(year) : history.years()) {
                YearHistory one = history.of(y, options.output.resolve(Integer.toString(y)));
                if (!one.runs().isEmpty()) {
                    years.add(one);
                }
            }
            print(years, context.getBean(RollupProperties.class).district(), out);
            return ExitStatus.COMPLETED;
        } catch (SpringContexts.ConfigurationException e) {
            err.println(e.getMessage());
            return ExitStatus.USAGE;
        } catch (SpringContexts.DataFolderException e) {
            err.println(e.getMessage());
            return ExitStatus.FAILED;
        } catch (Exception e) {
            err.println("无法读取运行记录：" + Failures.messageFor(e) + "。请检查 --data 指定的数据文件夹");
            return ExitStatus.FAILED;
        }
    }

    private void print(List<YearHistory> years, String district, PrintWriter out) {
        if (csv) {
            new HistoryCsv(out).print(years);
            return;
        }
        if (years.isEmpty()) {
            out.println(year != null
                    ? "数据文件夹 " + options.data + " 中没有 " + year + " 年度的运行记录：用 run --year " + year + " 汇总后再查看"
                    : "数据文件夹 " + options.data + " 中还没有运行记录：先用 run 汇总");
            return;
        }
        for (int i = 0; i < years.size(); i++) {
            if (i > 0) {
                out.println();
            }
            HistoryTable.lines(district, years.get(i)).forEach(out::println);
        }
    }
}
