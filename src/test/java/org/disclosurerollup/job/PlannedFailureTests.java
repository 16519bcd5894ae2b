package org.disclosurerollup.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Planned failures in the middle of the steps, one file per transaction: a database constraint refuses one write, the
 * step fails, the constraint goes, and the same command resumes after the last commit — each share of the files that
 * finished is not read again, nothing is counted twice, nothing lost, the same figures as an uninterrupted run.
 */
@TestPropertySource(properties = {"rollup.reading.files-per-commit=1", "rollup.reading.threads=2"})
class PlannedFailureTests extends JobTestSupport {

    @Autowired
    JobRepository jobRepository;

    /** Registered in path order: 四坝镇 (1), 清源镇 (2), 黄羊镇 (3); each in a share of its own. */
    private Fixtures district() {
        return new Fixtures(work.resolve("input"))
                .utf8("2024/四坝镇_2024.csv", "单位,指标代码,数值", "四坝镇,P01@M,0", "四坝镇,P02@M,1", "四坝镇,P02@R,2",
                        "四坝镇,P02@V,CRASH", "四坝镇,P03@N,4")
                .utf8("2024/清源镇_2024.csv", "单位,指标代码,数值", "清源镇,P02@M,10", "清源镇,P03@N,20", "清源镇,P04@N,30")
                .utf8("2024/黄羊镇_2024.csv", "单位,指标代码,数值", "黄羊镇,P02@M,100");
    }

    @Test
    void aFailureWhileReadingOneFileResumesThatFileAloneTheOtherSharesAreDone() throws Exception {
        Fixtures input = district();
        jdbc.sql("ALTER TABLE problem ADD CONSTRAINT planned_failure CHECK (raw_value <> 'CRASH') NOCHECK").update();
        RunOutcome failed;
        try {
            failed = run(input);
        } finally {
            jdbc.sql("ALTER TABLE problem DROP CONSTRAINT planned_failure").update();
        }
        assertThat(failed.completed()).isFalse();
        assertThat(count("submission", failed.runId())).isEqualTo(2);
        assertThat(readFiles(failed.runId())).containsExactly("清源镇_2024.csv", "黄羊镇_2024.csv");

        RunOutcome resumed = run(input);

        assertThat(resumed.runId()).isEqualTo(failed.runId());
        JobInstance instance = jobRepository.getJobInstance(resumed.runId());
        assertThat(jobRepository.getStepExecutionCount(instance, "readSubmissions")).isEqualTo(2);
        assertThat(jobRepository.getStepExecutionCount(instance, "readSubmissionFiles:share0")).isEqualTo(2);
        assertThat(jobRepository.getStepExecutionCount(instance, "readSubmissionFiles:share1")).isEqualTo(1);
        assertThat(jobRepository.getStepExecutionCount(instance, "readSubmissionFiles:share2")).isEqualTo(1);
        assertResumedExactly(resumed);
    }

    @Test
    void aRunThatFailsWhileRegisteringItsFilesIsRecordedAndResumes() throws Exception {
        Fixtures input = district().utf8("2024/和平镇_2024.csv", "单位,指标代码,数值", "和平镇,P02@M,1");
        jdbc.sql("ALTER TABLE input_file ADD CONSTRAINT planned_failure CHECK (path <> '和平镇_2024.csv') NOCHECK")
                .update();
        RunOutcome failed;
        try {
            failed = run(input);
        } finally {
            jdbc.sql("ALTER TABLE input_file DROP CONSTRAINT planned_failure").update();
        }
        assertThat(failed.completed()).isFalse();
        assertThat(count("input_file", failed.runId())).isZero();
        assertThat(jdbc.sql("SELECT report_year FROM rollup_run WHERE run_id = ?").param(failed.runId())
                .query(Integer.class).single()).isEqualTo(2024);

        RunOutcome resumed = run(input);

        assertThat(resumed.runId()).isEqualTo(failed.runId());
        assertThat(resumed.completed()).isTrue();
        assertThat(count("input_file", resumed.runId())).isEqualTo(4);
    }

    @Test
    void aFailureAfterTheFilesAreReadResumesWithoutReadingThemAgain() throws Exception {
        Fixtures input = district();
        jdbc.sql("ALTER TABLE district_total ADD CONSTRAINT planned_failure CHECK (total <> 111) NOCHECK").update();
        RunOutcome failed;
        try {
            failed = run(input);
        } finally {
            jdbc.sql("ALTER TABLE district_total DROP CONSTRAINT planned_failure").update();
        }
        assertThat(failed.completed()).isFalse();
        assertThat(count("district_total", failed.runId())).isZero();

        RunOutcome resumed = run(input);

        assertThat(resumed.runId()).isEqualTo(failed.runId());
        JobInstance instance = jobRepository.getJobInstance(resumed.runId());
        assertThat(jobRepository.getStepExecutionCount(instance, "readSubmissions")).isEqualTo(1);
        assertThat(jobRepository.getStepExecutionCount(instance, "computeTotals")).isEqualTo(2);
        assertResumedExactly(resumed);
    }

    private void assertResumedExactly(RunOutcome resumed) throws Exception {
        assertThat(resumed.completed()).isTrue();
        JobInstance instance = jobRepository.getJobInstance(resumed.runId());
        assertThat(jobRepository.getJobExecutions(instance)).hasSize(2);
        assertThat(jobRepository.getStepExecutionCount(instance, "registerSubmissions")).isEqualTo(1);
        assertThat(readFiles(resumed.runId())).hasSize(3);
        assertThat(count("submission", resumed.runId())).isEqualTo(3);
        assertThat(count("problem", resumed.runId())).isEqualTo(1);
        assertThat(resumed.counts().rowsRead()).isEqualTo(9);
        assertThat(resumed.counts().rowsAccepted()).isEqualTo(8);
        assertThat(resumed.counts().rowsRejected()).isEqualTo(1);
        List<String> totals = Fixtures.lines(work.resolve("output/2024/totals.csv"));
        assertThat(totals).contains("2024,all,P02@M,111", "2024,all,P02@R,2", "2024,all,P03@N,24",
                "2024,all,P04@N,30", "2024,all,P02@V,0");
    }

    private List<String> readFiles(long runId) {
        return jdbc.sql("SELECT path FROM input_file WHERE run_id = ? AND status <> 'registered' ORDER BY file_id")
                .param(runId).query(String.class).list();
    }

    private long count(String table, long runId) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE run_id = ?").param(runId).query(Long.class).single();
    }

    private RunOutcome run(Fixtures input) throws Exception {
        return run(2024, input.input(), work.resolve("output"));
    }
}
