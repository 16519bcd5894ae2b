package org.disclosurerollup.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.disclosurerollup.support.EmbeddedPostgresDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The year page's scenarios on PostgreSQL (embedded): the console's own queries are portable too. */
class ConsolePostgresTests extends YearPageTests {

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) throws IOException {
        EmbeddedPostgresDatabase.startFor(registry, "embedded-pg-console");
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
