package org.disclosurerollup.export;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import org.disclosurerollup.intake.YearRun;
import org.disclosurerollup.support.RunIds;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Step {@code exportResults}: writes the workbook and the three CSV files of the year into a temporary folder and
 * moves them into place together, so a half-written output never looks complete. The run is complete when this step
 * commits: {@code rollup_run.completed_at} is set in its transaction, and from then on the run is last year's accepted
 * data for the year after.
 */
public class ExportResultsTasklet implements Tasklet {

    private final YearRun run;
    private final YearOutputs outputs;
    private final JdbcClient jdbc;

    public ExportResultsTasklet(YearRun run, YearOutputs outputs, JdbcClient jdbc) {
        this.run = run;
        this.outputs = outputs;
        this.jdbc = jdbc;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        long runId = RunIds.of(chunkContext);
        ExportModel.Counts counts = outputs.publish(runId, run);
        jdbc.sql("UPDATE rollup_run SET completed_at = ? WHERE run_id = ?")
                .params(Timestamp.valueOf(LocalDateTime.now()), runId).update();
        CountsContext.store(counts,
                chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext());
        return RepeatStatus.FINISHED;
    }
}
