package org.disclosurerollup.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.disclosurerollup.history.RunHistory;
import org.disclosurerollup.history.RunLine;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A run whose last start ended UNKNOWN — a failure Spring Batch could neither roll back nor record (a lost connection,
 * a database restart) — no longer blocks its year: the same command resumes it when its saved state agrees with the
 * rows, completes it when its export had committed, and otherwise abandons it and runs the same input afresh as a new
 * run. Each time it says so in one line, and the history tells what happened.
 */
class UnfinishedRunTests extends JobTestSupport {

    @Autowired
    JobRepository jobRepository;

    @Autowired
    RunHistory history;

    private Fixtures district() {
        return new Fixtures(work.resolve("input"))
                .utf8("2024/四坝镇_2024.csv", "单位,指标代码,数值", "四坝镇,P02@M,1", "四坝镇,P02@R,2", "四坝镇,P03@N,4")
                .utf8("2024/清源镇_2024.csv", "单位,指标代码,数值", "清源镇,P02@M,10", "清源镇,P03@N,x")
                .utf8("2024/黄羊镇_2024.csv", "单位,指标代码,数值", "黄羊镇,P02@M,100");
    }

    @Test
    void aRunLeftUnknownResumesFromItsLastCommitWhenItsSavedStateAgreesWithTheRows() throws Exception {
        Fixtures input = district();
        RunOutcome failed = failingInComputeTotals(input);
        leftUnknown(failed.runId(), "computeTotals");

        RunOutcome resumed = run(input);

        assertThat(resumed.completed()).as(resumed.failure()).isTrue();
        assertThat(resumed.runId()).isEqualTo(failed.runId());
        assertThat(resumed.notice()).isEqualTo("运行 #" + failed.runId()
                + " 上次状态不明（数据库连接中断等），核对已保存的进度无误，从中断处继续");
        assertThat(statuses(failed.runId())).containsExactly("FAILED INTERRUPTED", "COMPLETED COMPLETED");
        assertThat(jobRepository.getStepExecutionCount(jobRepository.getJobInstance(failed.runId()),
                "readSubmissions")).isEqualTo(1);
        assertTotals();
        assertThat(line(resumed.runId()).statusLabel()).isEqualTo("完成（中断 1 次，核对后接续）");
    }

    @Test
    void aRunLeftUnknownWhoseRowsDisagreeIsAbandonedAndTheSameInputRunsAfreshAsANewRun() throws Exception {
        Fixtures input = district();
        RunOutcome failed = failingInComputeTotals(input);
        leftUnknown(failed.runId(), "computeTotals");
        jdbc.sql("DELETE FROM input_file WHERE run_id = ? AND file_id = 2").param(failed.runId()).update();

        RunOutcome afresh = run(input);

        assertThat(afresh.completed()).as(afresh.failure()).isTrue();
        assertThat(afresh.runId()).isGreaterThan(failed.runId());
        assertThat(afresh.notice()).isEqualTo("运行 #" + failed.runId() + " 上次中断时状态不明，且无法确认已保存的进度"
                + "（登记的文件数与数据库中的不符）：已放弃该运行，重新汇总同一输入");
        assertThat(statuses(failed.runId())).containsExactly("ABANDONED ABANDONED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM input_file WHERE run_id = ?").param(failed.runId())
                .query(Long.class).single()).isZero();
        assertTotals();
        assertThat(line(failed.runId()).statusLabel())
                .isEqualTo("已放弃（中断后无法确认已保存的进度，由运行 #" + afresh.runId() + " 重新汇总）");
        assertThat(line(afresh.runId()).statusLabel()).isEqualTo("完成");

        RunOutcome again = run(input);

        assertThat(again.unchanged()).isTrue();
        assertThat(again.runId()).isEqualTo(afresh.runId());
    }

    @Test
    void aRunLeftUnknownAfterItsExportCommittedIsCompletedWithoutRunningAgain() throws Exception {
        Fixtures input = district();
        RunOutcome done = run(input);
        leftUnknown(done.runId(), "exportResults");

        RunOutcome settled = run(input);

        assertThat(settled.completed()).isTrue();
        assertThat(settled.runId()).isEqualTo(done.runId());
        assertThat(settled.notice()).isEqualTo("运行 #" + done.runId() + " 上次中断时结果已全部保存并输出，按完成处理");
        assertThat(statuses(done.runId())).containsExactly("COMPLETED COMPLETED");
        assertTotals();
    }

    @Test
    void aStartLeftRunningWithAStepUnknownIsSettledToo() throws Exception {
        Fixtures input = district();
        RunOutcome failed = failingInComputeTotals(input);
        leftUnknown(failed.runId(), "computeTotals");
        jdbc.sql("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', END_TIME = NULL WHERE JOB_INSTANCE_ID = ?")
                .param(failed.runId()).update();

        RunOutcome resumed = run(input);

        assertThat(resumed.completed()).as(resumed.failure()).isTrue();
        assertThat(resumed.runId()).isEqualTo(failed.runId());
        assertTotals();
    }

    /** A run that fails in computeTotals: a constraint refuses the totals of 四坝镇 + 清源镇 + 黄羊镇. */
    private RunOutcome failingInComputeTotals(Fixtures input) throws Exception {
        jdbc.sql("ALTER TABLE district_total ADD CONSTRAINT planned_failure CHECK (total <> 111) NOCHECK").update();
        try {
            RunOutcome failed = run(input);
            assertThat(failed.completed()).isFalse();
            return failed;
        } finally {
            jdbc.sql("ALTER TABLE district_total DROP CONSTRAINT planned_failure").update();
        }
    }

    /** What Spring Batch writes when it cannot tell how a start ended: the start and the step UNKNOWN. */
    private void leftUnknown(long runId, String step) {
        jdbc.sql("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'UNKNOWN', EXIT_CODE = 'UNKNOWN' WHERE JOB_INSTANCE_ID = ?")
                .param(runId).update();
        jdbc.sql("""
                UPDATE BATCH_STEP_EXECUTION SET STATUS = 'UNKNOWN', EXIT_CODE = 'UNKNOWN' WHERE STEP_NAME = ?
                AND JOB_EXECUTION_ID IN (SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION WHERE JOB_INSTANCE_ID = ?)""")
                .params(step, runId).update();
    }

    private List<String> statuses(long runId) {
        return jobRepository.getJobExecutions(jobRepository.getJobInstance(runId)).stream()
                .sorted(java.util.Comparator.comparing(JobExecution::getId))
                .map(e -> e.getStatus() + " " + e.getExitStatus().getExitCode()).toList();
    }

    private RunLine line(long runId) {
        return history.of(2024, work.resolve("output/2024")).runs().stream().filter(r -> r.runId() == runId)
                .findFirst().orElseThrow();
    }

    private void assertTotals() {
        List<String> totals = Fixtures.lines(work.resolve("output/2024/totals.csv"));
        assertThat(totals).contains("2024,all,P02@M,111", "2024,all,P02@R,2", "2024,all,P03@N,4");
        assertThat(Fixtures.lines(work.resolve("output/2024/rejected-rows.csv"))).hasSize(2);
    }

    private RunOutcome run(Fixtures input) throws Exception {
        Path output = work.resolve("output");
        return run(2024, input.input(), output);
    }
}
