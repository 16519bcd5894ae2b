package org.disclosurerollup.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.disclosurerollup.support.EmbeddedPostgresDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Several hosts or data folders on one PostgreSQL database: a year runs in one of them at a time. The lock held here
 * stands for a run elsewhere (its own data folder, so the data folder's {@link YearLock} does not see it).
 */
class DatabaseYearLockTests extends JobTestSupport {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) throws IOException {
        EmbeddedPostgresDatabase.startFor(registry, "embedded-pg-lock");
    }

    @AfterAll
    static void stop() throws IOException {
        EmbeddedPostgresDatabase.stop();
    }

    @Autowired
    DataSource dataSource;

    @Test
    void aRunOfAYearGoingElsewhereOnTheSameDatabaseRefusesThisOneAtOnceAndTouchesNothing() throws Exception {
        Fixtures input = new Fixtures(work.resolve("input")).utf8("2041/四坝镇_2041.csv", "单位,指标代码,数值", "四坝镇,P02@M,2");
        Path output = work.resolve("output");

        try (DatabaseYearLock elsewhere = DatabaseYearLock.take(dataSource, 2041)) {
            assertThatThrownBy(() -> run(2041, input.input(), output)).isInstanceOf(YearBusyException.class)
                    .hasMessage("2041年的汇总正在运行（另一个命令、控制台或定时任务，可能在共用同一数据库的另一台电脑上）："
                            + "本次没有做任何改动，请等它结束后再运行");
        }

        assertThat(output).doesNotExist();
        assertThat(executionsOf(2041)).isZero();
        assertThat(run(2041, input.input(), output).completed()).isTrue();
        assertThat(executionsOf(2041)).isOne();
    }

    @Test
    void aSecondTakeOfTheSameYearIsRefusedUntilTheFirstLetsGoAndOtherYearsAreFree() throws Exception {
        DatabaseYearLock first = DatabaseYearLock.take(dataSource, 2042);
        assertThatThrownBy(() -> DatabaseYearLock.take(dataSource, 2042)).isInstanceOf(YearBusyException.class);
        try (DatabaseYearLock otherYear = DatabaseYearLock.take(dataSource, 2043)) {
            assertThat(otherYear).isNotNull();
        }
        first.close();

        try (DatabaseYearLock again = DatabaseYearLock.take(dataSource, 2042)) {
            assertThat(again).isNotNull();
        }
    }

    @Test
    void aRunHoldsTheLockOnlyWhileItLasts() throws Exception {
        Fixtures input = new Fixtures(work.resolve("input")).utf8("2044/四坝镇_2044.csv", "单位,指标代码,数值", "四坝镇,P02@M,2");

        assertThat(run(2044, input.input(), work.resolve("output")).completed()).isTrue();

        try (DatabaseYearLock next = DatabaseYearLock.take(dataSource, 2044)) {
            assertThat(heldAdvisoryLocks()).isOne();
        }
        assertThat(heldAdvisoryLocks()).isZero();
    }

    private long heldAdvisoryLocks() {
        return jdbc.sql("SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND granted").query(Long.class).single();
    }

    private long executionsOf(int year) {
        return jdbc.sql("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION_PARAMS WHERE PARAMETER_NAME = 'year' "
                + "AND PARAMETER_VALUE = ?").param(Integer.toString(year)).query(Long.class).single();
    }
}
