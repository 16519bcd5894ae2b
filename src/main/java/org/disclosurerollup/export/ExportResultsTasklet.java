package org.disclosurerollup.export;

import java.io.IOException;
import java.util.List;
import org.disclosurerollup.consolidation.Scope;
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
    private final List<Scope> scopes;
    private final ExportModelLoader loader;

    public ExportResultsTasklet(YearRun run, List<Scope> scopes, ExportModelLoader loader) {
        this.run = run;
        this.scopes = scopes;
        this.loader = loader;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        long runId = RunIds.of(chunkContext);
        ExportModel model = loader.load(runId, run, scopes);
        OutputPublisher.publish(run.yearOutputFolder(), folder -> new YearOutputWriter().writeAll(model, folder));
        CountsContext.store(model.facts().counts(),
                chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext());
        contribution.incrementWriteCount(model.statuses().size());
        return RepeatStatus.FINISHED;
    }
}
