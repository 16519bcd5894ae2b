package org.disclosurerollup.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.disclosurerollup.DisclosureRollupApplication;
import org.disclosurerollup.support.Failures;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application context for a command, on the data folder the command line names. */
final class SpringContexts {

    private SpringContexts() {
    }

    static ConfigurableApplicationContext start(CommonOptions options) throws IOException {
        return start(options, List.of());
    }

    /** With more {@code --name=value} settings, e.g. for the web console. */
    static ConfigurableApplicationContext start(CommonOptions options, List<String> settings) throws IOException {
        Files.createDirectories(options.data);
        List<String> arguments = new ArrayList<>(settings);
        arguments.add("--rollup.data-dir=" + options.data.toAbsolutePath().normalize());
        if (options.district != null) {
            arguments.add("--rollup.district=" + options.district);
        }
        try {
            return new SpringApplicationBuilder(DisclosureRollupApplication.class).run(arguments.toArray(String[]::new));
        } catch (RuntimeException e) {
            String cause = Failures.messageFor(e);
            if (cause.contains("already in use") || cause.contains("is locked")) {
                throw new DataFolderException("数据文件夹 " + options.data + " 正被另一个汇总程序使用：请等它运行结束后再试", e);
            }
            throw new DataFolderException("无法打开数据文件夹 " + options.data + " 中的数据库（" + cause
                    + "）：请检查该文件夹是否可写", e);
        }
    }

    /** The database of the data folder cannot be opened: in use by another run, or not writable. */
    static final class DataFolderException extends RuntimeException {
        DataFolderException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
