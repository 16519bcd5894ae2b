package org.disclosurerollup.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The live progress ends on the summary's counts: rows of a file rejected whole are rows read too. */
class RunProgressFunctionalTests extends JobTestSupport {

    @Autowired
    RunProgress progress;

    @Test
    void theLastRowsReadEqualTheSummarys() throws Exception {
        Path input = Files.createDirectories(work.resolve("input"));
        Files.writeString(input.resolve("units.csv"), "code,name,type,aliases,from_year,to_year\n"
                + "T1,四坝镇,township,,,\nT2,中坝镇,township,,,\n", StandardCharsets.UTF_8);
        Path year = Files.createDirectories(input.resolve("2019"));
        Files.writeString(year.resolve("四坝镇_2019.csv"), "指标代码,数值\nP02@M,2\nP03@N,abc\n", StandardCharsets.UTF_8);
        Files.writeString(year.resolve("中坝镇_2019.csv"), "单位,年度,数值\n中坝镇,2019,1\n中坝镇,2019,2\n中坝镇,2019,3\n",
                StandardCharsets.UTF_8);

        RunOutcome outcome = run(2019, input, work.resolve("output"));

        assertThat(outcome.counts().rowsRead()).isEqualTo(5);
        RunProgress.Snapshot last = progress.of(2019).orElseThrow();
        assertThat(last.rowsRead()).isEqualTo(5);
        assertThat(last.filesRegistered()).isEqualTo(2);
        assertThat(last.filesRead()).isEqualTo(2);
    }
}
