package org.disclosurerollup.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.disclosurerollup.support.EmbeddedPostgresDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The checks across years and the 同比 sheet on PostgreSQL: the same tests, the same exact results. */
class CrossYearPostgresTests extends CrossYearFunctionalTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) throws IOException {
        EmbeddedPostgresDatabase.startFor(registry, "embedded-pg-crossyear");
    }

    @Test
    void runsOnPostgres() {
        assertThat(jdbc.sql("SELECT version()").query(String.class).single()).startsWith("PostgreSQL");
    }

    @AfterAll
    static void stop() throws IOException {
        EmbeddedPostgresDatabase.stop();
    }
}
