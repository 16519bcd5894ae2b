package org.disclosurerollup.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.disclosurerollup.DisclosureRollupApplication;
import org.disclosurerollup.job.RunJournal;
import org.disclosurerollup.support.DatabaseServer;
import org.disclosurerollup.upgrade.DatabaseNewerException;
import org.disclosurerollup.support.Failures;
import org.disclosurerollup.support.Faults;
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
        try {
            Files.createDirectories(options.data);
        } catch (IOException e) {
            Faults.Fault fault = new Faults(new DatabaseServer("", null, null), options.data).of(e)
                    .orElse(new Faults.Fault("无法建立数据文件夹 " + options.data + "（" + Failures.messageFor(e)
                            + "）：请检查 --data 指定的位置", true));
            throw fault.configuration() ? new ConfigurationException(fault.line())
                    : new DataFolderException(fault.line(), e);
        }
        List<String> arguments = new ArrayList<>(settings);
        arguments.add("--rollup.data-dir=" + options.data.toAbsolutePath().normalize());
        if (options.district != null) {
            arguments.add("--rollup.district=" + options.district);
        }
        AtomicReference<Environment> environment = new AtomicReference<>();
        ApplicationListener<ApplicationEnvironmentPreparedEvent> check = event -> {
            environment.set(event.getEnvironment());
            settingsCheck.apply(event.getEnvironment()).ifPresent(problem -> {
                throw new ConfigurationException(problem);
            });
        };
        ConfigurableApplicationContext context;
        try {
            context = new SpringApplicationBuilder(DisclosureRollupApplication.class)
                    .listeners(check, QuietLogging.beforeLogging(), QuietLogging.afterLogging())
                    .run(arguments.toArray(String[]::new));
        } catch (ConfigurationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw startFailure(e, options, environment.get());
        }
        Optional<String> behind;
        try {
            behind = context.getBean(RunJournal.class).problem();
        } catch (RuntimeException e) {
            context.close();
            throw startFailure(e, options, environment.get());
        }
        if (behind.isPresent()) {
            context.close();
            throw new DataFolderException(behind.get(), null);
        }
        return context;
    }

    /** The one line for a context that would not start: a port in use, the database, a disk, a folder's rights. */
    private static RuntimeException startFailure(RuntimeException failure, CommonOptions options,
                                                 Environment environment) {
        Optional<DatabaseNewerException> newer = Failures.find(failure, DatabaseNewerException.class);
        if (newer.isPresent()) {
            return new ConfigurationException(newer.get().getMessage());
        }
        Optional<PortInUseException> portInUse = Failures.find(failure, PortInUseException.class);
        if (portInUse.isPresent()) {
            return new ConfigurationException("端口 " + portInUse.get().getPort() + " 已被占用：请用 --port 换一个");
        }
        DatabaseServer database = environment == null ? new DatabaseServer("", null, null)
                : new DatabaseServer(environment.getProperty("spring.datasource.url"),
                environment.getProperty("spring.datasource.username"), null);
        Optional<Faults.Fault> fault = new Faults(database, options.data).of(failure);
        if (fault.isPresent()) {
            return fault.get().configuration() ? new ConfigurationException(fault.get().line())
                    : new DataFolderException(fault.get().line(), failure);
        }
        String cause = Failures.messageFor(failure);
        if (!database.embedded()) {
            return new DataFolderException("无法使用数据库 " + database.address() + "（" + cause
                    + "）：请检查 SPRING_DATASOURCE_URL、用户名和密码，以及数据库服务器", failure);
        }
        return new DataFolderException("无法打开数据文件夹 " + options.data + " 中的数据库（" + cause
                + "）：请检查该文件夹是否可写", failure);
    }

    /** A setting is wrong (exit status 2): the message is the one line to show. */
    static final class ConfigurationException extends RuntimeException {
        ConfigurationException(String message) {
            super(message);
        }
    }

    /** The database cannot be opened or reached (exit status 1): in use by another run, unreachable, a full disk. */
    static final class DataFolderException extends RuntimeException {
        DataFolderException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
