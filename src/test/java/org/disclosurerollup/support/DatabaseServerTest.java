package org.disclosurerollup.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The database as messages name it: host:port/database, with PostgreSQL's default port when the URL has none. */
class DatabaseServerTest {

    @Test
    void postgresUrlsAreNamedHostPortDatabase() {
        assertThat(new DatabaseServer("jdbc:postgresql://10.0.0.5:5433/rollup?ssl=true", "u", null).address())
                .isEqualTo("10.0.0.5:5433/rollup");
        assertThat(new DatabaseServer("jdbc:postgresql://db.example/rollup", "u", null).address())
                .isEqualTo("db.example:5432/rollup");
        assertThat(new DatabaseServer("jdbc:postgresql://[::1]:6000/rollup", "u", null).address())
                .isEqualTo("[::1]:6000/rollup");
        assertThat(new DatabaseServer("jdbc:postgresql://a:1,b:2/rollup", "u", null).address()).isEqualTo("a:1/rollup");
        assertThat(new DatabaseServer("jdbc:postgresql:rollup", "u", null).address()).isEqualTo("localhost:5432/rollup");
        assertThat(new DatabaseServer("jdbc:postgresql://db.example:5433/", "rollup", null).database())
                .isEqualTo("rollup");
    }

    @Test
    void whetherThePortIsWritten() {
        assertThat(new DatabaseServer("jdbc:postgresql://db.example/rollup", "u", null).portGiven()).isFalse();
        assertThat(new DatabaseServer("jdbc:postgresql://db.example:5432/rollup", "u", null).portGiven()).isTrue();
    }

    @Test
    void theEmbeddedDatabaseIsItsFileAndAlwaysAnswers() {
        DatabaseServer h2 = new DatabaseServer("jdbc:h2:file:/srv/data/rollup;TRACE_LEVEL_FILE=0", "sa", "");

        assertThat(h2.embedded()).isTrue();
        assertThat(h2.address()).isEqualTo("jdbc:h2:file:/srv/data/rollup");
        assertThat(h2.answers(java.time.Duration.ofSeconds(1))).isTrue();
    }
}
