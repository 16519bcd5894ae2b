package org.disclosurerollup.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server (embedded) that a test can stop and start again on the same data and port, as an
 * administrator's {@code pg_ctl restart -m fast} or an outage would: the clients' connections end, the data stays.
 */
public final class RestartablePostgres implements AutoCloseable {

    private final Path workingFolder;
    private final Path dataFolder;
    private final int port;
    private EmbeddedPostgres server;

    private RestartablePostgres(Path workingFolder, Path dataFolder, int port) {
        this.workingFolder = workingFolder;
        this.dataFolder = dataFolder;
        this.port = port;
    }

    /** A new server in {@code target/<folder>} on a free port, started. */
    public static RestartablePostgres start(String folder) throws IOException {
        Path working = Path.of("target", folder).toAbsolutePath();
        Path data = working.resolve("data");
        if (Files.exists(data)) {
            try (var files = Files.walk(data)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
        Files.createDirectories(working);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        RestartablePostgres postgres = new RestartablePostgres(working, data, port);
        postgres.startAgain();
        return postgres;
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Creates an empty database on the server. */
    public void createDatabase(String database) throws SQLException {
        try (Connection admin = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "");
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        }
    }

    /** Shuts the server down (fast: open sessions are ended, as a restart ends them). */
    public void stop() throws IOException {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** Starts the server again on the same data and port. */
    public void startAgain() throws IOException {
        server = EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(workingFolder.toFile())
                .setDataDirectory(dataFolder)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .setRegisterShutdownHook(true)
                .start();
    }

    /** {@code pg_ctl restart -m fast}. */
    public void restart() throws IOException {
        stop();
        startAgain();
    }

    @Override
    public void close() throws IOException {
        stop();
    }
}
