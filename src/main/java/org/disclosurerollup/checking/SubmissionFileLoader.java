package org.disclosurerollup.checking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.disclosurerollup.audit.Problem;
import org.disclosurerollup.audit.ProblemRepository;
import org.disclosurerollup.audit.Texts;
import org.disclosurerollup.catalog.CellLayout;
import org.disclosurerollup.intake.InputFileRepository;
import org.disclosurerollup.intake.RegisteredFile;
import org.disclosurerollup.submission.Figures;
import org.disclosurerollup.submission.LowerAreaRunRepository;
import org.disclosurerollup.submission.SubmissionRepository;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * The writer of the reading step: loads each file of the chunk — checks it ({@link FileCheck}) and stores what it
 * holds: the file's outcome, its submissions with their figures, and its problems as they are found — all in the
 * chunk's transaction, so a file is stored whole or not at all and a restart reads it again.
 */
public class SubmissionFileLoader implements ItemWriter<RegisteredFile> {

    private static final int PROBLEMS_PER_BATCH = 1000;

    private final long runId;
    private final CellLayout layout;
    private final FileCheck check;
    private final InputFileRepository files;
    private final SubmissionRepository submissions;
    private final ProblemRepository problems;
    private final LowerAreaRunRepository lowerAreaRuns;
    private final LongConsumer rowsRead;

    /** @param rowsRead told the rows of each file loaded (progress) */
    public SubmissionFileLoader(long runId, CellLayout layout, FileCheck check, InputFileRepository files,
                                SubmissionRepository submissions, ProblemRepository problems,
                                LowerAreaRunRepository lowerAreaRuns, LongConsumer rowsRead) {
        this.lowerAreaRuns = lowerAreaRuns;
        this.runId = runId;
        this.layout = layout;
        this.check = check;
        this.files = files;
        this.submissions = submissions;
        this.problems = problems;
        this.rowsRead = rowsRead;
    }

    @Override
    public void write(Chunk<? extends RegisteredFile> chunk) {
        for (RegisteredFile file : chunk) {
            load(file);
        }
    }

    private void load(RegisteredFile file) {
        List<Problem> batch = new ArrayList<>(PROBLEMS_PER_BATCH);
        FileCheck.Result result;
        try {
            result = check.check(file, problem -> {
                batch.add(problem);
                if (batch.size() == PROBLEMS_PER_BATCH) {
                    problems.record(runId, batch);
                    batch.clear();
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
        problems.record(runId, batch);
        problems.forgetRows(runId, file.fileId(), result.coveredRows());
        files.recordRead(runId, result.file());
        submissions.record(runId, result.submissions().stream().map(this::stored).toList());
        result.lowerAreaRun().ifPresent(run -> result.submissions().forEach(verdict -> lowerAreaRuns.record(runId,
                new LowerAreaRunRepository.Stored(verdict.fileId(), verdict.unitCode(), run.area(), run.year(),
                        run.run(), run.fingerprint(), run.exportedAt(), Texts.clip(run.gaps(), 4000)))));
        rowsRead.accept(result.file().rowsRead());
    }

    private SubmissionRepository.New stored(SubmissionVerdict verdict) {
        Figures figures = verdict.cells().isEmpty() ? null
                : Figures.of(layout, verdict.cells(), verdict.derivedCodes());
        return new SubmissionRepository.New(verdict.fileId(), verdict.unitCode(), verdict.unitType(), verdict.status(),
                verdict.rowsRead(), verdict.rowsAccepted(), verdict.rowsOfAnotherYear(), figures);
    }
}
