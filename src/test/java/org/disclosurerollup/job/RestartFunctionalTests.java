package org.disclosurerollup.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A run that fails (here: the output folder cannot be written) is resumed by running the same command again: the
 * same run continues from its last commit, nothing is read or counted twice, and the outputs are complete.
 */
class RestartFunctionalTests extends JobTestSupport {

    @Autowired
    JobRepository jobRepository;

    @Test
    void aFailedRunResumesWhereItStoppedWithoutCountingTwice() throws Exception {
        Fixtures input = new Fixtures(work.resolve("input"))
                .utf8("2024/四坝镇_2024.csv", "单位,指标代码,数值", "四坝镇,P02@M,2", "四坝镇,P03@N,5", "四坝镇,L99,1")
                .utf8("2024/清源镇_2024.csv", "单位,指标代码,数值", "清源镇,P02@M,3");
        Path output = work.resolve("output");
        Files.writeString(output, "not a folder");

        RunOutcome failed = run(input, output);

        assertThat(failed.completed()).isFalse();
        assertThat(failed.failure()).isNotBlank();
        assertThat(output).isRegularFile();
        assertThat(rows(failed.runId())).isEqualTo(4);

        Files.delete(output);
        RunOutcome resumed = run(input, output);

        assertThat(resumed.completed()).isTrue();
        assertThat(resumed.runId()).isEqualTo(failed.runId());
        JobInstance instance = jobRepository.getJobInstance(resumed.runId());
        assertThat(jobRepository.getJobExecutions(instance)).extracting(e -> e.getStatus())
                .containsExactlyInAnyOrder(BatchStatus.FAILED, BatchStatus.COMPLETED);
        assertThat(jobRepository.getStepExecutionCount(instance, "readSubmissions")).isEqualTo(1);
        assertThat(jobRepository.getStepExecutionCount(instance, "exportResults")).isEqualTo(2);
        assertThat(rows(resumed.runId())).isEqualTo(4);
        assertThat(resumed.counts().rowsRead()).isEqualTo(4);
        assertThat(resumed.counts().rowsRejected()).isEqualTo(1);
        List<String> totals = Fixtures.lines(output.resolve("2024/totals.csv"));
        assertThat(totals).contains("2024,all,P02@M,5", "2024,all,P03@N,5");
        assertThat(Fixtures.lines(output.resolve("2024/rejected-rows.csv"))).hasSize(2);
    }

    private long rows(long runId) {
        return jdbc.sql("SELECT SUM(rows_read) FROM input_file WHERE run_id = ?").param(runId).query(Long.class).single();
    }

    private RunOutcome run(Fixtures input, Path output) throws Exception {
        return run(2024, input.input(), output);
    }
}
