package org.disclosurerollup;

import org.disclosurerollup.cli.RollupCommandLine;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Disclosure Rollup (政府信息公开年报统计汇总). The command line is parsed first, so that {@code --help} and usage errors
 * answer at once; a command that needs the database then starts the Spring context.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DisclosureRollupApplication {

    public static void main(String[] args) {
        System.exit(RollupCommandLine.execute(args));
    }
}
