package org.disclosurerollup.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.disclosurerollup.support.EmbeddedPostgresDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same functional scenario on PostgreSQL (a real server, embedded): the job repository and the business tables
 * use portable SQL, so larger installations can move off the embedded H2 file.
 */
class PostgresPortabilityTests extends YearEndJobFunctionalTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) throws IOException {
        EmbeddedPostgresDatabase.startFor(registry, "embedded-pg");
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
