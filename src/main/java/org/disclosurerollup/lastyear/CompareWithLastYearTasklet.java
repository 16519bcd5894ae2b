package org.disclosurerollup.lastyear;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disclosurerollup.audit.Problem;
import org.disclosurerollup.audit.ProblemLog;
import org.disclosurerollup.catalog.Catalog;
import org.disclosurerollup.catalog.Template;
import org.disclosurerollup.consolidation.CountedSubmission;
import org.disclosurerollup.consolidation.CountedSubmissions;
import org.disclosurerollup.intake.YearRun;
import org.disclosurerollup.register.Unit;
import org.disclosurerollup.support.RunIds;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Step {@code compareWithLastYear}: takes last year's accepted data from the run (the latest completed run of the year
 * before when the run started, named by its fingerprint, so never another one) and checks each counting submission
 * against the same unit's counting submission there: 上年结转 against last year's 结转下年度, and a submission
 * identical to last year's. Both are warnings: the submission still counts. A restart
 * deletes this step's warnings first, so it never writes them twice.
 */
public class CompareWithLastYearTasklet implements Tasklet {

    private final YearRun run;
    private final Catalog catalog;
    private final JdbcClient jdbc;
    private final ProblemLog problems;

    public CompareWithLastYearTasklet(YearRun run, Catalog catalog, JdbcClient jdbc, ProblemLog problems) {
        this.run = run;
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.problems = problems;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        long runId = RunIds.of(chunkContext);
        jdbc.sql("DELETE FROM problem WHERE run_id = ? AND reason IN (?, ?)")
                .params(runId, CarryOver.REASON, SameAsLastYear.REASON).update();
        LastYearRuns runs = new LastYearRuns(jdbc);
        Optional<LastYearRun> lastYear = run.lastYearRun().isPresent()
                ? runs.run(run.lastYearRun().getAsLong()) : Optional.empty();
        runs.remember(runId, lastYear);
        Optional<Template> lastTemplate = lastYear.flatMap(last -> catalog.template(last.template()));
        if (lastTemplate.isEmpty()) {
            return RepeatStatus.FINISHED;
        }
        List<Problem> found = compare(runId, lastYear.get(), lastTemplate.get());
        problems.record(runId, found);
        contribution.incrementWriteCount(found.size());
        return RepeatStatus.FINISHED;
    }

    private List<Problem> compare(long runId, LastYearRun lastYear, Template lastTemplate) {
        CountedSubmissions counted = new CountedSubmissions(jdbc);
        Map<String, CountedSubmission> previous = counted.of(lastYear.runId());
        CarryOver carryOver = new CarryOver(CarryOverRows.fromClasspath(), run.template(), lastTemplate,
                lastYear.year());
        SameAsLastYear sameAsLastYear = new SameAsLastYear(run.template(), lastTemplate, lastYear.year());
        Map<Integer, Integer> nextSeq = nextSeqs(runId);
        List<Problem> found = new ArrayList<>();
        for (CountedSubmission current : counted.of(runId).values()) {
            CountedSubmission last = previous.get(current.unitCode());
            if (last == null) {
                continue;
            }
            String unitName = run.register().byCode(current.unitCode()).map(Unit::name).orElse(current.unitCode());
            List<Finding> findings = new ArrayList<>(carryOver.check(unitName, current, last));
            sameAsLastYear.check(unitName, current, last).ifPresent(findings::add);
            int seq = nextSeq.getOrDefault(current.submissionId(), 0);
            for (Finding finding : findings) {
                found.add(new Problem(current.fileId(), null, current.submissionId(), seq++, false, null, null,
                        current.unitCode(), unitName, finding.code(), null, finding.reason(), finding.message()));
            }
        }
        return found;
    }

    /** After the submission's other problems, so that the order of the problem list never depends on the database. */
    private Map<Integer, Integer> nextSeqs(long runId) {
        Map<Integer, Integer> next = new HashMap<>();
        jdbc.sql("SELECT submission_id, MAX(seq) FROM problem WHERE run_id = ? AND submission_id IS NOT NULL "
                        + "GROUP BY submission_id")
                .param(runId)
                .query(rs -> {
                    next.put(rs.getInt(1), rs.getInt(2) + 1);
                });
        return next;
    }
}
