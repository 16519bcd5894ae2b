package org.disclosurerollup.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

/** A real PostgreSQL server, embedded, as the datasource of a Spring test context: for the portability tests. */
public final class EmbeddedPostgresDatabase {

    private static EmbeddedPostgres postgres;

    private EmbeddedPostgresDatabase() {
    }

    /** Starts a server working in {@code target/<folder>} and points the context's datasource at it. */
    public static void startFor(DynamicPropertyRegistry registry, String folder) throws IOException {
        postgres = EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(Path.of("target", folder).toAbsolutePath().toFile())
                .start();
        EmbeddedPostgres started = postgres;
        registry.add("spring.datasource.url", () -> started.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    public static void stop() throws IOException {
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }
}
