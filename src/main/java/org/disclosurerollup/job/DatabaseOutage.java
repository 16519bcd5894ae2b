package org.disclosurerollup.job;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import javax.sql.DataSource;
import org.disclosurerollup.support.DatabaseServer;

/**
 * Waits, after a run lost its connection, for the database server to take connections again: the run then goes on
 * from its last commit. The server is asked about once a second outside the pool; once it answers, the pool must
 * hand out a working connection too (it may still be backing off after its own failed tries).
 */
final class DatabaseOutage {

    private static final Duration ASK_EVERY = Duration.ofSeconds(1);
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(2);

    private final DatabaseServer server;
    private final DataSource pool;
    private final Duration patience;

    DatabaseOutage(DatabaseServer server, DataSource pool, Duration patience) {
        this.server = server;
        this.pool = pool;
        this.patience = patience;
    }

    Duration patience() {
        return patience;
    }

    /** What the clerk reads when the server came back each time. */
    String riddenOut(int outages, long waitedSeconds) {
        return "期间数据库 " + server.address() + " 连接中断 " + outages + " 次，等待 " + waitedSeconds + " 秒后恢复，已从中断处继续";
    }

    /** The run's failure when the server did not come back in time. */
    String gaveUp() {
        return "数据库 " + server.address() + " 连接中断，等待 " + patience.toSeconds()
                + " 秒仍未恢复：请检查数据库服务器和网络，恢复后重新运行同一命令即从中断处继续";
    }

    /** The run's failure when the server kept dropping its connections. */
    String tooMany(int outages) {
        return "数据库 " + server.address() + " 的连接在这次运行中已中断 " + outages + " 次：请检查数据库服务器和网络，"
                + "之后重新运行同一命令即从中断处继续";
    }

    /**
     * @param stop   asked between tries: true ends the wait at once (the run is being stopped)
     * @param waited told the seconds waited so far, after each try
     * @return true when the server answers within the patience; false when it does not, or the wait was stopped
     */
    boolean awaitReturn(BooleanSupplier stop, LongConsumer waited) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + patience.toNanos();
        while (!stop.getAsBoolean()) {
            long tryStarted = System.nanoTime();
            if (server.answers(ANSWER_WITHIN) && poolAnswers()) {
                return true;
            }
            long now = System.nanoTime();
            waited.accept(Duration.ofNanos(now - start).toSeconds());
            if (now >= deadline) {
                return false;
            }
            long pause = ASK_EVERY.toNanos() - (now - tryStarted);
            if (pause > 0) {
                Thread.sleep(Math.max(1, Math.min(pause, deadline - now) / 1_000_000));
            }
        }
        return false;
    }

    private boolean poolAnswers() {
        try (Connection connection = pool.getConnection()) {
            return connection.isValid((int) ANSWER_WITHIN.toSeconds());
        } catch (SQLException e) {
            return false;
        }
    }
}
