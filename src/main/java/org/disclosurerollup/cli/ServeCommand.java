package org.disclosurerollup.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.disclosurerollup.account.AccountFile;
import org.disclosurerollup.schedule.ScheduleProperties;
import org.disclosurerollup.schedule.ScheduleSettings;
import org.disclosurerollup.support.Failures;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code serve [--port N]}: the web console and the schedule, until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"启动网页控制台（上传报表、查看报送情况、运行汇总、下载结果）和定时运行。需要先用 account add 建立账号。",
            "Starts the web console (upload, status, run, downloads) and the schedule; needs an account (account add)."},
        footer = {"", "例 (example): bin/rollup serve --port 8080",
            "监听地址 (bind address): rollup.web.address，默认 127.0.0.1；定时 (schedule): rollup.schedule.cron"})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "N", description = "端口 (port; default: 8080)")
    Integer port;

    @Mixin
    CommonOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (options.reportedProblem(err)) {
            return ExitStatus.USAGE;
        }
        if (port != null && (port < 0 || port > 65535)) {
            err.println("--port " + port + " 不是有效的端口：请用 1–65535 之间的数");
            return ExitStatus.USAGE;
        }
        if (!AccountFile.inDataFolder(options.data).hasAccounts()) {
            err.println("还没有账号：请先运行 bin/rollup account add 名字"
                    + (options.data.toString().equals("data") ? "" : " --data " + options.data)
                    + " 建立一个账号，再启动控制台");
            return ExitStatus.USAGE;
        }
        CountDownLatch closed = new CountDownLatch(1);
        ConfigurableApplicationContext context;
        try {
            context = SpringContexts.start(options, settings(), ScheduleSettings::problem);
        } catch (SpringContexts.ConfigurationException e) {
            err.println(e.getMessage());
            return ExitStatus.USAGE;
        } catch (SpringContexts.DataFolderException e) {
            err.println(e.getMessage());
            return ExitStatus.FAILED;
        } catch (RuntimeException e) {
            err.println("控制台无法启动：" + Failures.messageFor(e) + "（端口被占用时请用 --port 换一个端口）");
            return ExitStatus.FAILED;
        }
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        context.registerShutdownHook();
        int actualPort = context instanceof WebServerApplicationContext web ? web.getWebServer().getPort() : -1;
        String address = context.getEnvironment().getProperty("server.address", "127.0.0.1");
        out.println("控制台已启动：http://" + address + ":" + actualPort + "/ （按 Ctrl+C 停止 / press Ctrl+C to stop）");
        out.println(ScheduleSettings.describe(context.getBean(ScheduleProperties.class), Instant.now()));
        QuietLogging.trouble().ifPresent(err::println);
        closed.await();
        return ExitStatus.COMPLETED;
    }

    private List<String> settings() {
        List<String> settings = new ArrayList<>();
        settings.add("--spring.main.web-application-type=servlet");
        settings.add("--rollup.folders.input=" + options.input.toAbsolutePath().normalize());
        settings.add("--rollup.folders.output=" + options.output.toAbsolutePath().normalize());
        settings.add("--rollup.folders.units=" + options.unitsFile().toAbsolutePath().normalize());
        if (port != null) {
            settings.add("--server.port=" + port);
        }
        return settings;
    }
}
