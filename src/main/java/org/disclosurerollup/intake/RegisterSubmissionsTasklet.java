package org.disclosurerollup.intake;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.disclosurerollup.audit.Problem;
import org.disclosurerollup.audit.ProblemLog;
import org.disclosurerollup.intake.FileAdmission.Registration;
import org.disclosurerollup.reading.SubmissionFileInspector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.disclosurerollup.support.RunIds;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.util.unit.DataSize;

/**
 * Step {@code registerSubmissions}: finds the year's files, identifies each (SHA-256, type, encoding, layout, what its
 * name says) and rejects whole the ones that cannot be read, so that the loading step only reads good files. First it
 * makes sure the run's fingerprint still holds: the same files, and the same completed run of last year to compare with.
 */
public class RegisterSubmissionsTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(RegisterSubmissionsTasklet.class);

    private final YearRun run;
    private final FileRegistry registry;
    private final ProblemLog problems;
    private final FileAdmission admission;
    private final Supplier<OptionalLong> lastYearRunNow;
    private final Runnable afterEachFile;

    /**
     * @param lastYearRunNow the run of last year a run starting now would compare with (the fingerprint names it)
     * @param afterEachFile  told when a file is registered (progress)
     */
    public RegisterSubmissionsTasklet(YearRun run, FileRegistry registry, ProblemLog problems,
                                      SubmissionFileInspector inspector, DataSize maxFileSize,
                                      Supplier<OptionalLong> lastYearRunNow, Runnable afterEachFile) {
        this.run = run;
        this.registry = registry;
        this.problems = problems;
        this.admission = new FileAdmission(run, inspector, maxFileSize);
        this.lastYearRunNow = lastYearRunNow;
        this.afterEachFile = afterEachFile;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        long runId = RunIds.of(chunkContext);
        List<InputFile> files = new InputScanner().scan(run.yearFolder());
        YearRun now = run.comparedWith(lastYearRunNow.get());
        String fingerprint = InputFingerprint.of(files, now.register().sha256(), now.fingerprintSettings());
        if (!fingerprint.equals(run.fingerprint())) {
            throw now.lastYearRun().equals(run.lastYearRun()) ? new InputChangedException(run.yearFolder())
                    : InputChangedException.lastYearChanged(run.year() - 1);
        }
        registry.forgetRun(runId);
        registry.recordRun(runId, run, LocalDateTime.now());
        Map<String, Integer> firstByContent = new HashMap<>();
        int fileId = 0;
        for (InputFile file : inRegistrationOrder(files)) {
            fileId++;
            register(runId, fileId, file, firstByContent);
            contribution.incrementReadCount();
            afterEachFile.run();
        }
        registry.recordReceivedRuns(runId, run);
        log.info("{}年：登记了 {} 个文件", run.year(), files.size());
        return RepeatStatus.FINISHED;
    }

    /**
     * Path order, except that files whose name gives another year come last: of identical copies the first registered
     * is the one read and the others are its duplicates, and {@code 洪祥镇_2024.csv} should be that one rather than a
     * copy named {@code 洪祥镇_2023.csv}.
     */
    private List<InputFile> inRegistrationOrder(List<InputFile> files) {
        return files.stream().sorted(Comparator.comparing((InputFile file) -> {
            Integer year = FileNameInfo.parse(file.fileName()).year();
            return year != null && year != run.year();
        })).toList();
    }

    /**
     * Registers one file. The same bytes as an earlier file are one submission (a copy in 邮件附件/, a rename) — unless
     * the unit comes from the file name, as two units may well send identical tables (all zeros).
     */
    private void register(long runId, int fileId, InputFile file, Map<String, Integer> firstByContent) {
        FileNameInfo name = FileNameInfo.parse(file.fileName());
        Registration registration = admission.inspect(file, name);
        FileAdmission.FileUnit unit = admission.unitOf(registration, name);
        String content = registration.unitFromName()
                ? file.sha256() + "|" + (unit.code() != null ? unit.code() : unit.text()) : file.sha256();
        Integer duplicateOf = firstByContent.putIfAbsent(content, fileId);
        if (duplicateOf != null) {
            registration = new Registration(FileStatus.DUPLICATE, null, null, null, 0, false);
        }
        RegisteredFile registered = new RegisteredFile(fileId, file.relativePath(), file.sizeBytes(), file.sha256(),
                file.modifiedAt(), file.extension(), registration.charset(), unit.text(), unit.code(), name.year(),
                registration.status(), duplicateOf, registration.reason(), registration.message(),
                registration.rowsRead());
        registry.record(runId, registered);
        if (registration.status() == FileStatus.REJECTED) {
            problems.record(runId, List.of(Problem.fileRejected(fileId, unit.text(), registration.reason(),
                    registration.message())));
        }
    }
}
