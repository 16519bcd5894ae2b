package org.disclosurerollup.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** One run of a year at a time on a data folder, whoever starts it; the refused one touches nothing. */
class YearLockTests extends JobTestSupport {

    @Test
    void aRunOfAYearAlreadyRunningIsRefusedAtOnceAndTouchesNothing() throws Exception {
        Fixtures input = new Fixtures(work.resolve("input")).utf8("2031/四坝镇_2031.csv", "单位,指标代码,数值", "四坝镇,P02@M,2");
        Path output = work.resolve("output");

        try (YearLock held = YearLock.take(DATA, 2031)) {
            assertThatThrownBy(() -> run(2031, input.input(), output)).isInstanceOf(YearBusyException.class)
                    .hasMessage("2031年的汇总正在运行（另一个命令、控制台或定时任务）：本次没有做任何改动，请等它结束后再运行");
        }

        assertThat(output).doesNotExist();
        assertThat(executionsOf(2031)).isZero();
    }

    @Test
    void theYearRunsOnceTheOtherRunHasLetGo() throws Exception {
        Fixtures input = new Fixtures(work.resolve("input")).utf8("2032/四坝镇_2032.csv", "单位,指标代码,数值", "四坝镇,P02@M,2");
        try (YearLock held = YearLock.take(DATA, 2032)) {
            assertThatThrownBy(() -> run(2032, input.input(), work.resolve("output"))).isInstanceOf(YearBusyException.class);
        }

        assertThat(run(2032, input.input(), work.resolve("output")).completed()).isTrue();
        assertThat(executionsOf(2032)).isOne();
    }

    private long executionsOf(int year) {
        return jdbc.sql("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION_PARAMS WHERE PARAMETER_NAME = 'year' "
                + "AND PARAMETER_VALUE = ?").param(Integer.toString(year)).query(Long.class).single();
    }

    @Test
    void otherYearsAreNotHeldUp() throws Exception {
        Fixtures input = new Fixtures(work.resolve("input")).utf8("2033/四坝镇_2033.csv", "单位,指标代码,数值", "四坝镇,P02@M,2");
        try (YearLock held = YearLock.take(DATA, 2034)) {
            assertThat(run(2033, input.input(), work.resolve("output")).completed()).isTrue();
        }
    }
}
