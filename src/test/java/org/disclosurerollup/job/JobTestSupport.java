package org.disclosurerollup.job;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What the job tests share: one application context on a database in a temporary data folder (each test works on its
 * own input folder, so its runs are its own job instances), the runner, and JDBC to look into the tables.
 */
@SpringBootTest
abstract class JobTestSupport {

    static final Path DATA = TestFolders.newTempFolder("rollup-tests");

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        registry.add("rollup.data-dir", DATA::toString);
    }

    @Autowired
    YearEndRunner runner;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path work;

    RunOutcome run(int year, Path input, Path output) throws Exception {
        return runner.run(new YearEndRunner.Request(year, input, output, input.resolve("units.csv"), "凉州区"));
    }
}
