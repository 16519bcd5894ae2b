package org.disclosurerollup.export;

import java.io.IOException;
import java.time.LocalDateTime;
import org.disclosurerollup.intake.RunRepository;
import org.disclosurerollup.intake.YearRun;
import org.disclosurerollup.support.RunIds;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step {@code exportResults}: writes the workbook and the three CSV files of the year into a temporary folder and
 * moves them into place together, so a half-written output never looks complete. The run is complete when this step
 * commits: {@code rollup_run.completed_at} is set in its transaction, and from then on the run is last year's accepted
 * data for the year after.
 */
public class ExportResultsTasklet implements Tasklet {

    private final YearRun run;
    private final YearOutputs outputs;
    private final RunRepository runs;

    public ExportResultsTasklet(YearRun run, YearOutputs outputs, RunRepository runs) {
        this.run = run;
        this.outputs = outputs;
        this.runs = runs;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        long runId = RunIds.of(chunkContext);
        ExportModel.Counts counts = outputs.publish(runId, run);
        runs.markCompleted(runId, LocalDateTime.now());
        CountsContext.store(counts,
                chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext());
        return RepeatStatus.FINISHED;
    }
}
