package org.disclosurerollup.job;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.disclosurerollup.support.Faults;

/**
 * Keeps a year to one run at a time among every process on the same PostgreSQL database, whatever their data folders
 * or hosts: a session-level advisory lock on a connection of its own, held while the run lasts; PostgreSQL lets go of
 * it when the connection ends, so a process that dies leaves nothing behind — nor does a server restart, after which
 * the run takes the lock again before it goes on. On the embedded H2 database nothing is needed: only one process can
 * open its file.
 */
final class DatabaseYearLock implements AutoCloseable {

    private static final int VALID_WITHIN_SECONDS = 2;

    private final DataSource dataSource;
    private final int year;
    private boolean needed = true;
    private Connection connection;

    private DatabaseYearLock(DataSource dataSource, int year) {
        this.dataSource = dataSource;
        this.year = year;
    }

    /** Takes the year's lock at once, or throws {@link YearBusyException} when a run elsewhere holds it. */
    static DatabaseYearLock take(DataSource dataSource, int year) throws SQLException {
        DatabaseYearLock lock = notHeldYet(dataSource, year);
        lock.hold();
        return lock;
    }

    /** The year's lock, to be taken by {@link #hold()} (when the database answers). */
    static DatabaseYearLock notHeldYet(DataSource dataSource, int year) {
        return new DatabaseYearLock(dataSource, year);
    }

    /**
     * Takes the lock, or makes sure it is still held after the database was out of reach: when its connection was
     * lost, the server let go of the lock with the session, so it is taken again on a new connection. Throws
     * {@link YearBusyException} when another run holds it (took it meanwhile).
     */
    void hold() throws SQLException {
        if (!needed || connection != null && connection.isValid(VALID_WITHIN_SECONDS)) {
            return;
        }
        if (connection != null) {
            connection.abort(Runnable::run);
            connection = null;
        }
        Connection renewed = dataSource.getConnection();
        try {
            if (!"PostgreSQL".equals(renewed.getMetaData().getDatabaseProductName())) {
                needed = false;
                renewed.close();
                return;
            }
            lock(renewed, year);
            connection = renewed;
        } catch (SQLException | RuntimeException e) {
            renewed.close();
            throw e;
        }
    }

    private static void lock(Connection connection, int year) throws SQLException {
        if (!call(connection, "SELECT pg_try_advisory_lock(?, ?)", year)) {
            throw new YearBusyException(year + "年的汇总正在运行（另一个命令、控制台或定时任务，可能在共用同一数据库的"
                    + "另一台电脑上）：本次没有做任何改动，请等它结束后再运行");
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
            if (!Faults.connectionLost(unlockFailed)) {
                throw unlockFailed;
            } // a lost session holds no lock
        }
    }
}
