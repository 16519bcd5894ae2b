package org.disclosurerollup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.status.ErrorStatus;
import ch.qos.logback.core.status.InfoStatus;
import ch.qos.logback.core.status.OnConsoleStatusListener;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A log file that cannot be written is one line for the clerk, not the logging library's stack traces. */
class QuietLoggingTest {

    @AfterEach
    void forget() {
        QuietLogging.forgetTrouble();
    }

    @Test
    void failedWritesToAFullDiskPrintNothingAndBecomeOneLine() {
        LoggerContext logback = new LoggerContext();
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        OnConsoleStatusListener printer = new OnConsoleStatusListener() {
            @Override
            protected PrintStream getPrintStream() {
                return new PrintStream(console, true, StandardCharsets.UTF_8);
            }
        };
        printer.setContext(logback);
        printer.start();
        logback.getStatusManager().add(printer);

        QuietLogging.quiet(logback, "/srv/rollup/data/rollup.log");
        for (int i = 0; i < 3; i++) {
            logback.getStatusManager().add(new ErrorStatus("IO failure while writing to file [/srv/rollup/data/rollup.log]",
                    this, new IOException("No space left on device")));
        }
        logback.getStatusManager().add(new InfoStatus("a later message", this));

        assertThat(console.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(logback.getStatusManager().getCopyOfStatusListenerList()).noneMatch(OnConsoleStatusListener.class::isInstance);
        assertThat(QuietLogging.trouble()).contains("无法写入日志文件 /srv/rollup/data/rollup.log（磁盘已满）：本次运行的详细信息没有记入日志，"
                + "请检查该文件所在的磁盘和权限");
    }

    @Test
    void withoutErrorsThereIsNoTrouble() {
        LoggerContext logback = new LoggerContext();
        QuietLogging.quiet(logback, "/srv/rollup/data/rollup.log");
        logback.getStatusManager().add(new InfoStatus("configured", this));

        assertThat(QuietLogging.trouble()).isEmpty();
    }
}
