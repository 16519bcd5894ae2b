package org.disclosurerollup.export;

import java.io.IOException;
import org.disclosurerollup.intake.YearRun;
import org.disclosurerollup.support.RunIds;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step {@code exportResults}: writes the workbook and the three CSV files of the year into a temporary folder and
 * moves them into place together, so a half-written output never looks complete.
 */
public class ExportResultsTasklet implements Tasklet {

    private final YearRun run;
    private final YearOutputs outputs;

    public ExportResultsTasklet(YearRun run, YearOutputs outputs) {
        this.run = run;
        this.outputs = outputs;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        long runId = RunIds.of(chunkContext);
        ExportModel.Counts counts = outputs.publish(runId, run);
        CountsContext.store(counts,
                chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext());
        return RepeatStatus.FINISHED;
    }
}
