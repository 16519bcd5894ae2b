package org.disclosurerollup.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.disclosurerollup.DisclosureRollupApplication;
import org.disclosurerollup.job.RunJournal;
import org.disclosurerollup.support.Failures;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/** Starts the application context for a command, on the data folder the command line names. */
final class SpringContexts {

    private SpringContexts() {
    }

    /** The profile of the commands other than {@code serve}: nothing only the web console needs is started. */
    static final String COMMAND_LINE_PROFILE = "command-line";

    static ConfigurableApplicationContext start(CommonOptions options) throws IOException {
        return start(options, List.of());
    }

    /** A context for a command of the command line, with more {@code --name=value} settings. */
    static ConfigurableApplicationContext start(CommonOptions options, List<String> settings) throws IOException {
        List<String> commandLine = new ArrayList<>(settings);
        commandLine.add("--spring.profiles.active=" + COMMAND_LINE_PROFILE);
        return start(options, commandLine, environment -> Optional.empty());
    }

    /**
     * @param settingsCheck what is wrong with the settings (all sources read, nothing started yet), checked before
     *                      the context is created: a {@link ConfigurationException} with its line
     */
    static ConfigurableApplicationContext start(CommonOptions options, List<String> settings,
                                                Function<Environment, Optional<String>> settingsCheck)
            throws IOException {
        Files.createDirectories(options.data);
        List<String> arguments = new ArrayList<>(settings);
        arguments.add("--rollup.data-dir=" + options.data.toAbsolutePath().normalize());
        if (options.district != null) {
            arguments.add("--rollup.district=" + options.district);
        }
        ApplicationListener<ApplicationEnvironmentPreparedEvent> check = event ->
                settingsCheck.apply(event.getEnvironment()).ifPresent(problem -> {
                    throw new ConfigurationException(problem);
                });
        ConfigurableApplicationContext context;
        try {
            context = new SpringApplicationBuilder(DisclosureRollupApplication.class).listeners(check)
                    .run(arguments.toArray(String[]::new));
        } catch (ConfigurationException e) {
            throw e;
        } catch (RuntimeException e) {
            Optional<PortInUseException> portInUse = Failures.find(e, PortInUseException.class);
            if (portInUse.isPresent()) {
                throw new ConfigurationException("端口 " + portInUse.get().getPort() + " 已被占用：请用 --port 换一个");
            }
            String cause = Failures.messageFor(e);
            if (cause.contains("already in use") || cause.contains("is locked")) {
                throw new DataFolderException("数据文件夹 " + options.data
                        + " 正被另一个汇总程序使用（另一个 run，或正在运行的网页控制台 serve）：请等它运行结束后再试；"
                        + "控制台开着时请在控制台中点“立即汇总”，或先停止 serve", e);
            }
            if (cause.toLowerCase(Locale.ROOT).contains("corrupt") || cause.equals("EOFException")) {
                throw new DataFolderException("数据文件夹 " + options.data + " 中的数据库文件已损坏（" + cause
                        + "）：请从备份恢复该文件夹；没有备份时，把它改名保存（供查问题），再运行一次，会建新的数据库、重新汇总", e);
            }
            throw new DataFolderException("无法打开数据文件夹 " + options.data + " 中的数据库（" + cause
                    + "）：请检查该文件夹是否可写", e);
        }
        Optional<String> behind = context.getBean(RunJournal.class).problem();
        if (behind.isPresent()) {
            context.close();
            throw new DataFolderException(behind.get(), null);
        }
        return context;
    }

    /** A setting is wrong (exit status 2): the message is the one line to show. */
    static final class ConfigurationException extends RuntimeException {
        ConfigurationException(String message) {
            super(message);
        }
    }

    /** The database of the data folder cannot be opened: in use by another run, or not writable. */
    static final class DataFolderException extends RuntimeException {
        DataFolderException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
