package org.disclosurerollup.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.disclosurerollup.DisclosureRollupApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application context for a command, on the data folder the command line names. */
final class SpringContexts {

    private SpringContexts() {
    }

    static ConfigurableApplicationContext start(CommonOptions options) throws IOException {
        Files.createDirectories(options.data);
        List<String> arguments = new ArrayList<>();
        arguments.add("--rollup.data-dir=" + options.data.toAbsolutePath().normalize());
        if (options.district != null) {
            arguments.add("--rollup.district=" + options.district);
        }
        try {
            return new SpringApplicationBuilder(DisclosureRollupApplication.class).run(arguments.toArray(String[]::new));
        } catch (RuntimeException e) {
            throw new IllegalStateException("无法打开数据文件夹 " + options.data + " 中的数据库：" + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
