package org.disclosurerollup.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.disclosurerollup.RollupProperties;
import org.disclosurerollup.job.RunOutcome;
import org.disclosurerollup.job.RunProgress;
import org.disclosurerollup.job.RunSetupException;
import org.disclosurerollup.job.YearBusyException;
import org.disclosurerollup.job.YearEndRunner;
import org.disclosurerollup.support.Failures;
import org.disclosurerollup.support.Faults;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code run [--year Y]}: the year-end job for one year, or for every year folder of the input. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"运行年终汇总：读取、校验、汇总、输出。不指定 --year 时处理输入文件夹中的每个年度。",
            "Runs the year-end job: ingest, validate, aggregate, export; without --year, for every year folder."},
        footer = {"", "例 (example): bin/rollup run --year 2024",
            "退出状态 (exit status): 0 完成 (completed)  1 失败，重新运行即从中断处继续 (failed, re-run resumes)"
                    + "  2 用法或配置错误 (bad usage or configuration)"})
final class RunCommand implements Callable<Integer> {

    @Option(names = "--year", paramLabel = "Y", description = "报告年度，如 2024 (reporting year)")
    Integer year;

    @Option(names = "--progress", description = "在标准错误输出上显示进度，即使它不是终端 (show progress on stderr even "
            + "when it is not a terminal)")
    boolean progress;

    @Mixin
    CommonOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        StopOnShutdown shutdown = StopOnShutdown.install();
        int status = ExitStatus.FAILED;
        try {
            status = runYears(shutdown);
            return status;
        } finally {
            shutdown.commandEnded(status);
        }
    }

    private int runYears(StopOnShutdown shutdown) throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (options.reportedProblem(err)) {
            return ExitStatus.USAGE;
        }
        List<Integer> years;
        try {
            years = year != null ? List.of(year) : yearFolders(options.input);
        } catch (RunSetupException e) {
            err.println(e.getMessage());
            return ExitStatus.USAGE;
        }
        // the context is closed by this command, after the job has stopped, not by Spring's own shutdown hook
        List<String> settings = List.of("--spring.main.register-shutdown-hook=false",
                "--logging.register-shutdown-hook=false");
        try (ConfigurableApplicationContext context = SpringContexts.start(options, settings)) {
            try {
                int status = runYears(context, years, shutdown, err);
                if (status == ExitStatus.COMPLETED) {
                    QuietLogging.trouble().ifPresent(err::println);
                }
                return status;
            } catch (RunSetupException e) {
                err.println(e.getMessage());
                return ExitStatus.USAGE;
            } catch (YearBusyException e) {
                err.println(e.getMessage());
                return ExitStatus.FAILED;
            } catch (YearEndRunner.DatabaseOutageException e) {
                err.println(context.getBean(RollupProperties.class).district() + " " + e.year() + "年度：运行失败："
                        + e.getMessage() + "。");
                return ExitStatus.FAILED;
            } catch (Exception e) {
                Optional<Faults.Fault> fault = context.getBean(Faults.class).with("结果文件夹", options.output).of(e);
                if (fault.isPresent()) {
                    err.println(fault.get().line());
                    return fault.get().configuration() ? ExitStatus.USAGE : ExitStatus.FAILED;
                }
                err.println("运行失败：" + Failures.messageFor(e) + "。问题解决后重新运行同一命令即可从中断处继续。");
                return ExitStatus.FAILED;
            }
        } catch (SpringContexts.ConfigurationException e) {
            err.println(e.getMessage());
            return ExitStatus.USAGE;
        } catch (SpringContexts.DataFolderException e) {
            err.println(e.getMessage());
            return ExitStatus.FAILED;
        }
    }

    private int runYears(ConfigurableApplicationContext context, List<Integer> years, StopOnShutdown shutdown,
                         PrintWriter err) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        YearEndRunner runner = context.getBean(YearEndRunner.class);
        shutdown.stopJobsWith(runner::stopRunning);
        if (ProgressPrinter.wanted(progress)) {
            context.getBean(RunProgress.class).observe(new ProgressPrinter(err, Clock.systemUTC()));
        }
        String district = context.getBean(RollupProperties.class).district();
        int status = ExitStatus.COMPLETED;
        for (int y : years) {
            RunOutcome outcome = shutdown.requested() ? null : runner.run(new YearEndRunner.Request(y,
                    options.input, options.output, options.unitsFile(), district));
            if (shutdown.requested() && (outcome == null || !outcome.completed())) {
                err.println(YearEndRunner.STOPPED);
                return ExitStatus.FAILED;
            }
            new RunSummary(out, err, district).print(outcome);
            if (!outcome.completed()) {
                status = ExitStatus.FAILED;
            }
        }
        return status;
    }

    private static List<Integer> yearFolders(Path input) {
        if (!Files.isDirectory(input)) {
            throw new RunSetupException("找不到输入文件夹 " + input + "：请用 --input 指定");
        }
        List<Integer> years = new ArrayList<>();
        try (Stream<Path> children = Files.list(input)) {
            children.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(name -> name.matches("\\d{4}")).map(Integer::valueOf).sorted().forEach(years::add);
        } catch (IOException e) {
            throw new RunSetupException("无法读取输入文件夹 " + input + "：" + e.getMessage());
        }
        if (years.isEmpty()) {
            throw new RunSetupException("输入文件夹 " + input + " 中没有年度子文件夹（如 " + input.resolve("2024")
                    + "）：请按年度存放报表，或用 --year 指定年度");
        }
        return years;
    }
}
