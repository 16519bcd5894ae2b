package org.disclosurerollup.job;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Keeps a year to one run at a time among every process on the same PostgreSQL database, whatever their data folders
 * or hosts: a session-level advisory lock on a connection of its own, held while the run lasts; PostgreSQL lets go of
 * it when the connection ends, so a process that dies leaves nothing behind. On the embedded H2 database nothing is
 * needed: only one process can open its file.
 */
final class DatabaseYearLock implements AutoCloseable {

    private static final DatabaseYearLock NOT_NEEDED = new DatabaseYearLock(null, 0);

    private final Connection connection;
    private final int year;

    private DatabaseYearLock(Connection connection, int year) {
        this.connection = connection;
        this.year = year;
    }

    /** Takes the year's lock at once, or throws {@link YearBusyException} when a run elsewhere holds it. */
    static DatabaseYearLock take(DataSource dataSource, int year) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                connection.close();
                return NOT_NEEDED;
            }
            if (!call(connection, "SELECT pg_try_advisory_lock(?, ?)", year)) {
                throw new YearBusyException(year + "年的汇总正在运行（另一个命令、控制台或定时任务，可能在共用同一数据库的"
                        + "另一台电脑上）：本次没有做任何改动，请等它结束后再运行");
            }
            return new DatabaseYearLock(connection, year);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** The two keys of the lock: the job's name and the year. */
    private static boolean call(Connection connection, String sql, int year) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, YearEndJobConfiguration.JOB_NAME.hashCode());
            statement.setInt(2, year);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        if (connection == null) {
            return;
        }
        try (Connection held = connection) {
            call(held, "SELECT pg_advisory_unlock(?, ?)", year);
        } catch (SQLException | RuntimeException unlockFailed) {
            // a pooled connection must not go back still holding the session lock: end the session instead
            connection.abort(Runnable::run);
            throw unlockFailed;
        }
    }
}
