package org.disclosurerollup.support;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * The database as the messages name it — {@code 127.0.0.1:5432/rollup} for a server, the file for the embedded H2 —
 * and, for a server, whether it answers now, asked outside the connection pool with short time limits.
 */
public final class DatabaseServer {

    private static final int POSTGRESQL_PORT = 5432;

    private final String url;
    private final String user;
    private final String password;

    public DatabaseServer(String url, String user, String password) {
        this.url = url == null ? "" : url;
        this.user = user;
        this.password = password;
    }

    /** The database of the application's (pooled) data source. */
    public static DatabaseServer of(DataSource dataSource) {
        try {
            HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
            return new DatabaseServer(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
        } catch (SQLException e) {
            return new DatabaseServer("", null, null);
        }
    }

    /** The embedded H2 database: one file of the data folder, no server to wait for. */
    public boolean embedded() {
        return url.startsWith("jdbc:h2:");
    }

    public boolean postgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    public String user() {
        return user;
    }

    /** {@code host:port/database} for PostgreSQL (the default port when the URL has none), else the URL itself. */
    public String address() {
        if (!postgres()) {
            int settings = url.indexOf(';');
            return settings < 0 ? url : url.substring(0, settings);
        }
        return host() + ":" + port() + "/" + database();
    }

    public String host() {
        String hosts = hosts();
        if (hosts == null) {
            return "localhost";
        }
        String first = hosts.split(",")[0];
        int colon = first.startsWith("[") ? first.indexOf(':', first.indexOf(']')) : first.lastIndexOf(':');
        return colon < 0 ? first : first.substring(0, colon);
    }

    /** The port the URL names, or PostgreSQL's default when it names none. */
    public int port() {
        String hosts = hosts();
        String first = hosts == null ? "" : hosts.split(",")[0];
        int colon = first.startsWith("[") ? first.indexOf(':', first.indexOf(']')) : first.lastIndexOf(':');
        if (colon < 0) {
            return POSTGRESQL_PORT;
        }
        try {
            return Integer.parseInt(first.substring(colon + 1));
        } catch (NumberFormatException e) {
            return POSTGRESQL_PORT;
        }
    }

    /** Whether the URL names the port (a URL without one means the default, 5432, which may not be the server's). */
    public boolean portGiven() {
        String hosts = hosts();
        String first = hosts == null ? "" : hosts.split(",")[0];
        return first.startsWith("[") ? first.indexOf(':', first.indexOf(']')) >= 0 : first.contains(":");
    }

    public String database() {
        String rest = url.substring("jdbc:postgresql:".length());
        if (rest.startsWith("//")) {
            int slash = rest.indexOf('/', 2);
            rest = slash < 0 ? "" : rest.substring(slash + 1);
        }
        int query = rest.indexOf('?');
        String database = query < 0 ? rest : rest.substring(0, query);
        return database.isEmpty() ? (user == null ? "" : user) : database;
    }

    /** The host list of a PostgreSQL URL ({@code jdbc:postgresql://hosts/db}), null when it has none. */
    private String hosts() {
        String rest = url.substring(Math.min(url.length(), "jdbc:postgresql:".length()));
        if (!postgres() || !rest.startsWith("//")) {
            return null;
        }
        int slash = rest.indexOf('/', 2);
        int query = rest.indexOf('?', 2);
        int end = slash >= 0 ? slash : query >= 0 ? query : rest.length();
        return rest.substring(2, end);
    }

    /**
     * Whether the server takes a new connection within {@code limit} (an embedded database always does). The pool is
     * left alone: its connections come back by themselves once the server answers.
     */
    public boolean answers(Duration limit) {
        if (embedded()) {
            return true;
        }
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        String seconds = Long.toString(Math.max(1, limit.toSeconds()));
        if (postgres()) {
            properties.setProperty("connectTimeout", seconds);
            properties.setProperty("loginTimeout", seconds);
            properties.setProperty("socketTimeout", seconds);
        }
        try {
            Driver driver = DriverManager.getDriver(url);
            try (Connection connection = driver.connect(url, properties)) {
                return connection != null && connection.isValid((int) Math.max(1, limit.toSeconds()));
            }
        } catch (SQLException e) {
            return false;
        }
    }
}
