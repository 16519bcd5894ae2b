package org.disclosurerollup.consolidation;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurerollup.catalog.CellLayout;
import org.disclosurerollup.catalog.Template;
import org.disclosurerollup.intake.RunRepository;
import org.disclosurerollup.submission.CellValue;
import org.disclosurerollup.submission.SubmissionRepository;
import org.disclosurerollup.support.RunIds;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step {@code computeTotals}: walks the counted submissions once, adding each one's figures to every scope its unit
 * type belongs to, and stores a total for every value cell of the template (zeros included). Amounts stay exact;
 * rounding is for display. Memory holds the totals only, whatever the number of units.
 */
public class ComputeTotalsTasklet implements Tasklet {

    private final Template template;
    private final List<Scope> scopes;
    private final RunRepository runs;
    private final SubmissionRepository submissions;
    private final TotalsRepository totals;

    public ComputeTotalsTasklet(Template template, List<Scope> scopes, RunRepository runs,
                                SubmissionRepository submissions, TotalsRepository totals) {
        this.template = template;
        this.scopes = scopes;
        this.runs = runs;
        this.submissions = submissions;
        this.totals = totals;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        long runId = RunIds.of(chunkContext);
        CellLayout layout = runs.cellLayout(runId);
        Map<String, ExactSum[]> sums = new LinkedHashMap<>();
        scopes.forEach(scope -> sums.put(scope.id(), newSums(layout.size())));
        submissions.forEachCounted(runId, layout, counted -> {
            long[] figures = counted.figures().millionths();
            for (Scope scope : scopes) {
                if (scope.unitTypes().contains(counted.unitType())) {
                    ExactSum[] sum = sums.get(scope.id());
                    for (int i = 0; i < figures.length; i++) {
                        sum[i].add(figures[i]);
                    }
                }
            }
        });
        Map<String, Map<String, BigDecimal>> byScope = new LinkedHashMap<>();
        sums.forEach((scope, sum) -> {
            Map<String, BigDecimal> cells = new LinkedHashMap<>();
            template.valueCells().forEach(cell -> {
                int position = layout.positionOf(cell.code());
                cells.put(cell.code(), position < 0 ? BigDecimal.ZERO : CellValue.plain(sum[position].value()));
            });
            byScope.put(scope, cells);
        });
        totals.record(runId, byScope);
        contribution.incrementWriteCount(scopes.size() * template.valueCells().size());
        return RepeatStatus.FINISHED;
    }

    private static ExactSum[] newSums(int size) {
        ExactSum[] sums = new ExactSum[size];
        for (int i = 0; i < size; i++) {
            sums[i] = new ExactSum();
        }
        return sums;
    }
}
