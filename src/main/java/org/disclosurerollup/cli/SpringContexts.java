package org.disclosurerollup.cli;

import java.io.IOException;
import java.nio.file.Files;
import org.disclosurerollup.DisclosureRollupApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application context for a command, on the data folder the command line names. */
final class SpringContexts {

    private SpringContexts() {
    }

    static ConfigurableApplicationContext start(CommonOptions options) throws IOException {
        Files.createDirectories(options.data);
        SpringApplicationBuilder builder = new SpringApplicationBuilder(DisclosureRollupApplication.class)
                .properties("rollup.data-dir=" + options.data.toAbsolutePath().normalize());
        if (options.district != null) {
            builder.properties("rollup.district=" + options.district);
        }
        return builder.run();
    }
}
