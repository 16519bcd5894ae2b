package org.disclosurerollup.job;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.h2.store.fs.FilePath;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Test only, for a child JVM (registered by {@link ChildRun} in a {@code spring.factories} of its own): the
 * {@code planned.stop.at}-th execution of a statement whose SQL contains {@code planned.stop.statement} prints
 * {@link #MARKER} on standard output and blocks before it runs, so that the parent can kill the process at that very
 * point. A shutdown (SIGTERM) lets the statement go on once the job has been asked to stop, so that the stop lands at
 * the next commit.
 *
 * <p>Or, with {@code planned.pause} ({@code statement@n|statement@n…}), it pauses at each of those points in turn: it
 * prints {@link #PAUSE_MARKER} and the point's number, and goes on when the parent writes a line to its standard
 * input (meanwhile the parent may, say, restart the database).
 */
public final class PlannedStop implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String MARKER = "PLANNED-STOP-REACHED";
    public static final String PAUSE_MARKER = "PLANNED-PAUSE-REACHED ";

    private static final AtomicInteger executions = new AtomicInteger();
    private static final CountDownLatch released = new CountDownLatch(1);

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (System.getProperty(FilePathDiskFull.LIMIT) != null) {
            FilePath.register(new FilePathDiskFull());
        }
        String pauses = System.getProperty("planned.pause");
        if (pauses != null) {
            Paused.watch(context, pauses);
            return;
        }
        String statement = System.getProperty("planned.stop.statement");
        if (statement == null) {
            return;
        }
        Pattern sql = Pattern.compile(Pattern.quote(statement), Pattern.CASE_INSENSITIVE);
        int at = Integer.getInteger("planned.stop.at", 1);
        context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource && !(bean instanceof Watched)
                        ? new Watched((DataSource) bean, sql, at) : bean;
            }
        });
    }

    private static final class Watched extends DelegatingDataSource {
        private final Pattern sql;
        private final int at;

        Watched(DataSource target, Pattern sql, int at) {
            super(target);
            this.sql = sql;
            this.at = at;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return (Connection) watch(super.getConnection(), Connection.class, null);
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return (Connection) watch(super.getConnection(username, password), Connection.class, null);
        }

        /**
         * A connection whose statements are watched, or a statement ({@code preparedSql} is the SQL it was prepared
         * with) that stops before executing the planned SQL.
         */
        private Object watch(Object target, Class<?> type, String preparedSql) {
            InvocationHandler handler = (proxy, method, args) -> {
                String sqlArgument = args != null && args.length > 0 && args[0] instanceof String ? (String) args[0]
                        : null;
                if (target instanceof Statement && method.getName().startsWith("execute")) {
                    String text = sqlArgument != null ? sqlArgument : preparedSql;
                    if (text != null && sql.matcher(text).find() && executions.incrementAndGet() == at) {
                        stopHere();
                    }
                }
                try {
                    Object result = method.invoke(target, args);
                    return result instanceof Statement ? watch(result, method.getReturnType(), sqlArgument) : result;
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            };
            return Proxy.newProxyInstance(PlannedStop.class.getClassLoader(), new Class<?>[] {type}, handler);
        }

        /** Tells the parent, then waits: for ever under SIGKILL; under SIGTERM until the job is STOPPING. */
        private void stopHere() {
            Runtime.getRuntime().addShutdownHook(new Thread(this::releaseOnceStopping));
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            out.println(MARKER);
            out.flush();
            try {
                released.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void releaseOnceStopping() {
            try (Connection connection = getTargetDataSource().getConnection()) {
                for (int i = 0; i < 200 && !stopping(connection); i++) {
                    Thread.sleep(50);
                }
            } catch (SQLException | InterruptedException e) {
                e.printStackTrace();
            }
            released.countDown();
        }

        private static boolean stopping(Connection connection) throws SQLException {
            try (Statement statement = connection.createStatement();
                 var result = statement.executeQuery("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS = 'STOPPING'")) {
                return result.next() && result.getInt(1) > 0;
            }
        }
    }

    /** The pause points: each statement's n-th execution, in turn; the process goes on after a line on stdin. */
    private static final class Paused {

        private final List<Pattern> statements = new ArrayList<>();
        private final List<Integer> at = new ArrayList<>();
        private final List<AtomicInteger> executions = new ArrayList<>();
        private final BufferedReader parent = new BufferedReader(new InputStreamReader(System.in,
                StandardCharsets.UTF_8));
        private int next;

        static void watch(ConfigurableApplicationContext context, String points) {
            Paused paused = new Paused();
            for (String point : points.split("\\|")) {
                int atSign = point.lastIndexOf('@');
                paused.statements.add(Pattern.compile(Pattern.quote(point.substring(0, atSign)),
                        Pattern.CASE_INSENSITIVE));
                paused.at.add(Integer.parseInt(point.substring(atSign + 1)));
                paused.executions.add(new AtomicInteger());
            }
            context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof DataSource && !(bean instanceof DelegatingDataSource)
                            ? new DelegatingDataSource((DataSource) bean) {
                                @Override
                                public Connection getConnection() throws SQLException {
                                    return (Connection) paused.watch(super.getConnection(), Connection.class, null);
                                }
                            } : bean;
                }
            });
        }

        private Object watch(Object target, Class<?> type, String preparedSql) {
            InvocationHandler handler = (proxy, method, args) -> {
                String sqlArgument = args != null && args.length > 0 && args[0] instanceof String ? (String) args[0]
                        : null;
                if (target instanceof Statement && method.getName().startsWith("execute")) {
                    pauseIfDue(sqlArgument != null ? sqlArgument : preparedSql);
                }
                try {
                    Object result = method.invoke(target, args);
                    return result instanceof Statement ? watch(result, method.getReturnType(), sqlArgument) : result;
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            };
            return Proxy.newProxyInstance(PlannedStop.class.getClassLoader(), new Class<?>[] {type}, handler);
        }

        private synchronized void pauseIfDue(String sql) throws IOException {
            if (sql == null || next >= statements.size()) {
                return;
            }
            for (int i = next; i < statements.size(); i++) {
                if (statements.get(i).matcher(sql).find()) {
                    executions.get(i).incrementAndGet();
                }
            }
            if (statements.get(next).matcher(sql).find() && executions.get(next).get() >= at.get(next)) {
                PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
                out.println(PAUSE_MARKER + next);
                out.flush();
                next++;
                parent.readLine();
            }
        }
    }
}
