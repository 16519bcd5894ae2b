package org.disclosurerollup.lastyear;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.disclosurerollup.audit.Problem;
import org.disclosurerollup.audit.ProblemLevel;
import org.disclosurerollup.audit.ProblemRepository;
import org.disclosurerollup.catalog.Catalog;
import org.disclosurerollup.catalog.Template;
import org.disclosurerollup.intake.RunRepository;
import org.disclosurerollup.intake.YearRun;
import org.disclosurerollup.register.Unit;
import org.disclosurerollup.submission.SubmissionRepository;
import org.disclosurerollup.support.RunIds;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step {@code compareWithLastYear}: takes last year's accepted data from the run (the latest completed run of the year
 * before when the run started, named by its fingerprint, so never another one) and checks each counting submission
 * against the same unit's counting submission there: 上年结转 against last year's 结转下年度, and a submission
 * identical to last year's. Both are warnings: the submission still counts. Walks the pairs of submissions once; a
 * restart deletes this step's warnings first, so it never writes them twice.
 */
public class CompareWithLastYearTasklet implements Tasklet {

    /** Its warnings come after the submission's other problems (the checks', then the choice of versions'). */
    static final int FIRST_SEQ = 2000;
    private static final int BATCH = 1000;

    private final YearRun run;
    private final Catalog catalog;
    private final RunRepository runs;
    private final SubmissionRepository submissions;
    private final ProblemRepository problems;

    public CompareWithLastYearTasklet(YearRun run, Catalog catalog, RunRepository runs,
                                      SubmissionRepository submissions, ProblemRepository problems) {
        this.run = run;
        this.catalog = catalog;
        this.runs = runs;
        this.submissions = submissions;
        this.problems = problems;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        long runId = RunIds.of(chunkContext);
        problems.forget(runId, List.of(CarryOver.REASON, SameAsLastYear.REASON));
        LastYearRuns lastYearRuns = new LastYearRuns(runs);
        Optional<LastYearRun> lastYear = run.lastYearRun().isPresent()
                ? lastYearRuns.run(run.lastYearRun().getAsLong()) : Optional.empty();
        lastYearRuns.remember(runId, lastYear);
        Optional<Template> lastTemplate = lastYear.flatMap(last -> catalog.template(last.template()));
        if (lastTemplate.isPresent()) {
            contribution.incrementWriteCount(compare(runId, lastYear.get(), lastTemplate.get()));
        }
        return RepeatStatus.FINISHED;
    }

    private long compare(long runId, LastYearRun lastYear, Template lastTemplate) {
        CarryOver carryOver = new CarryOver(CarryOverRows.fromClasspath(), run.template(), lastTemplate,
                lastYear.year());
        SameAsLastYear sameAsLastYear = new SameAsLastYear(run.template(), lastTemplate, lastYear.year());
        List<Problem> found = new ArrayList<>();
        long[] written = {0};
        submissions.forEachPairWithLastYear(runId, runs.cellLayout(runId), lastYear.runId(),
                runs.cellLayout(lastYear.runId()), pair -> {
                    SubmissionRepository.Counted current = pair.thisYear();
                    String unitName = run.register().byCode(current.unitCode()).map(Unit::name)
                            .orElse(current.unitCode());
                    List<Finding> findings = new ArrayList<>(carryOver.check(unitName, current.figures(),
                            pair.lastYear().figures()));
                    sameAsLastYear.check(unitName, current.figures(), pair.lastYear().figures())
                            .ifPresent(findings::add);
                    int seq = FIRST_SEQ;
                    for (Finding finding : findings) {
                        found.add(new Problem(current.fileId(), null, ProblemLevel.SUBMISSION, seq++, false, null,
                                null, current.unitCode(), unitName, finding.code(), null, finding.reason(),
                                finding.message()));
                    }
                    if (found.size() >= BATCH) {
                        problems.record(runId, found);
                        written[0] += found.size();
                        found.clear();
                    }
                });
        problems.record(runId, found);
        return written[0] + found.size();
    }
}
