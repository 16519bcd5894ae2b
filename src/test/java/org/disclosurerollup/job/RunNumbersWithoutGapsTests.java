package org.disclosurerollup.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RunNumbersWithoutGapsTests extends JobTestSupport {

    @Test
    void batchSequencesOnH2HandOutOneValueAtATimeSoAKilledProcessLosesNoRunNumbers() {
        assertThat(jdbc.sql("""
                        SELECT SEQUENCE_NAME || ' ' || CACHE FROM INFORMATION_SCHEMA.SEQUENCES
                        WHERE SEQUENCE_NAME LIKE 'BATCH%' ORDER BY SEQUENCE_NAME""").query(String.class).list())
                .containsExactly("BATCH_JOB_EXECUTION_SEQ 1", "BATCH_JOB_INSTANCE_SEQ 1", "BATCH_STEP_EXECUTION_SEQ 1");
    }
}
