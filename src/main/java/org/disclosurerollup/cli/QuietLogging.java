package org.disclosurerollup.cli;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.LifeCycle;
import ch.qos.logback.core.status.OnConsoleStatusListener;
import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.status.StatusListener;
import ch.qos.logback.core.status.StatusManager;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.disclosurerollup.support.Faults;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Keeps the logging library's own troubles off the terminal: a log file that cannot be written (a full disk, no
 * rights) would otherwise print each failed write with its stack trace. Before logging starts, the log file is tried;
 * if it cannot be opened the run logs nowhere. Once logging runs, Spring Boot's console printer of Logback's status
 * messages is removed and the first failed write is kept instead. Either way, one line says it.
 */
final class QuietLogging {

    private static final String LOG_FILE = "logging.file.name";
    private static final AtomicReference<String> trouble = new AtomicReference<>();

    private QuietLogging() {
    }

    /** What went wrong with the log file in this process, in one line; empty when nothing did. */
    static Optional<String> trouble() {
        return Optional.ofNullable(trouble.get());
    }

    /** Tries the log file before logging starts; logs nowhere when it cannot be opened. */
    static ApplicationListener<ApplicationEnvironmentPreparedEvent> beforeLogging() {
        return new OrderedListener(LoggingApplicationListener.DEFAULT_ORDER - 1, event -> {
            ConfigurableEnvironment environment = event.getEnvironment();
            String file = environment.getProperty(LOG_FILE);
            if (file == null || file.isBlank()) {
                return;
            }
            Path log = Path.of(file);
            try {
                Files.createDirectories(log.toAbsolutePath().getParent());
                try (OutputStream opened = Files.newOutputStream(log, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND)) {
                    opened.flush();
                }
            } catch (IOException e) {
                trouble.compareAndSet(null, line(log, e));
                environment.getPropertySources().addFirst(new MapPropertySource("no-log-file", Map.of(LOG_FILE, "")));
            }
        });
    }

    /** Once logging is configured: no status printing on the console, the first failed write kept. */
    static ApplicationListener<ApplicationEnvironmentPreparedEvent> afterLogging() {
        return new OrderedListener(LoggingApplicationListener.DEFAULT_ORDER + 1, event -> {
            if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
                quiet(logback, event.getEnvironment().getProperty(LOG_FILE));
            }
        });
    }

    /** Takes Logback's status messages off the console; the first error about the log file becomes the trouble. */
    static void quiet(LoggerContext logback, String file) {
        StatusManager statuses = logback.getStatusManager();
        for (StatusListener listener : statuses.getCopyOfStatusListenerList()) {
            if (listener instanceof OnConsoleStatusListener) {
                statuses.remove(listener);
                ((LifeCycle) listener).stop();
            }
        }
        if (file == null || file.isBlank()) {
            return;
        }
        statuses.add(status -> {
            if (status.getEffectiveLevel() >= Status.ERROR) {
                trouble.compareAndSet(null, line(Path.of(file), status.getThrowable()));
            }
        });
    }

    /** For tests: as if nothing went wrong yet. */
    static void forgetTrouble() {
        trouble.set(null);
    }

    private static String line(Path log, Throwable failure) {
        Path folder = log.toAbsolutePath().normalize().getParent();
        String why = failure instanceof AccessDeniedException ? "没有写入权限"
                : Faults.diskFull(failure, folder) ? "磁盘已满" : "无法打开或写入";
        return "无法写入日志文件 " + log.toAbsolutePath().normalize() + "（" + why + "）：本次运行的详细信息没有记入日志，"
                + "请检查该文件所在的磁盘和权限";
    }

    /** An application listener with its place among Spring Boot's own. */
    private record OrderedListener(int order, Consumer<ApplicationEnvironmentPreparedEvent> action)
            implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

        @Override
        public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
            action.accept(event);
        }

        @Override
        public int getOrder() {
            return order;
        }
    }
}
