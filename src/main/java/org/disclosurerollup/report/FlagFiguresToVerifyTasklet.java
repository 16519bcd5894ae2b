package org.disclosurerollup.report;

import java.util.ArrayList;
import java.util.List;
import org.disclosurerollup.audit.Problem;
import org.disclosurerollup.audit.ProblemLevel;
import org.disclosurerollup.audit.ProblemRepository;
import org.disclosurerollup.intake.YearRun;
import org.disclosurerollup.submission.SubmissionRepository;
import org.disclosurerollup.support.RunIds;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step {@code flagFiguresToVerify}: the unit figures a person should check before the annual report is published (a
 * sharp change on last year, far above the units of the same type) become warnings of the units' counting
 * submissions, so the workbook's problem list and the console show them beside the report draft's appendix. A restart
 * deletes them first, so they are never written twice.
 */
public class FlagFiguresToVerifyTasklet implements Tasklet {

    /** After the submission's other problems (checks, versions, last year). */
    static final int FIRST_SEQ = 3000;

    private final YearRun run;
    private final RunFiguresToVerify figures;
    private final SubmissionRepository submissions;
    private final ProblemRepository problems;

    public FlagFiguresToVerifyTasklet(YearRun run, RunFiguresToVerify figures, SubmissionRepository submissions,
                                      ProblemRepository problems) {
        this.run = run;
        this.figures = figures;
        this.submissions = submissions;
        this.problems = problems;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        long runId = RunIds.of(chunkContext);
        problems.forget(runId, List.of(FiguresToVerify.Flag.SHARP_CHANGE, FiguresToVerify.Flag.FAR_ABOVE_TYPE));
        List<Problem> warnings = new ArrayList<>();
        for (FiguresToVerify.Flag flag : figures.of(runId, run)) {
            VerifyLine line = flag.line();
            int fileId = submissions.countedFile(runId, flag.unitCode()).orElseThrow();
            warnings.add(new Problem(fileId, null, ProblemLevel.SUBMISSION, FIRST_SEQ + warnings.size(), false, null,
                    null, flag.unitCode(), line.unit(), flag.code(), line.thisYear(), flag.reason(), message(line)));
        }
        problems.record(runId, warnings);
        contribution.incrementWriteCount(warnings.size());
        return RepeatStatus.FINISHED;
    }

    /** {@code 新收申请（A01@TT）本年60，上年3：本年是上年的20.0倍（增加57）：请核对…} */
    static String message(VerifyLine line) {
        return line.figure() + "本年" + line.thisYear() + (line.reference().isEmpty() ? "" : "，" + line.reference())
                + "：" + line.whatToCheck();
    }
}
