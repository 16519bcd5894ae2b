package org.disclosurerollup.intake;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.disclosurerollup.audit.ProblemRepository;
import org.disclosurerollup.support.RunIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step {@code registerSubmissions}: finds the year's files and records each one — path, size, SHA-256, what its name
 * says, and which earlier files hold the same bytes — and the register the run is checked against. Reading the files
 * is the next step's work, shared among several threads. First it makes sure the run's fingerprint still holds: the
 * same files, and the same completed run of last year to compare with.
 */
public class RegisterSubmissionsTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(RegisterSubmissionsTasklet.class);

    private final YearRun run;
    private final RunRepository runs;
    private final InputFileRepository files;
    private final RunUnitRepository units;
    private final ProblemRepository problems;
    private final Supplier<OptionalLong> lastYearRunNow;

    /** @param lastYearRunNow the run of last year a run starting now would compare with (the fingerprint names it) */
    public RegisterSubmissionsTasklet(YearRun run, RunRepository runs, InputFileRepository files, RunUnitRepository units,
                                      ProblemRepository problems, Supplier<OptionalLong> lastYearRunNow) {
        this.run = run;
        this.runs = runs;
        this.files = files;
        this.units = units;
        this.problems = problems;
        this.lastYearRunNow = lastYearRunNow;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        long runId = RunIds.of(chunkContext);
        List<InputFile> found = new InputScanner().scan(run.yearFolder());
        YearRun now = run.comparedWith(lastYearRunNow.get());
        String fingerprint = InputFingerprint.of(found, now.register().sha256(), now.fingerprintSettings());
        if (!fingerprint.equals(run.fingerprint())) {
            throw now.lastYearRun().equals(run.lastYearRun()) ? new InputChangedException(run.yearFolder())
                    : InputChangedException.lastYearChanged(run.year() - 1);
        }
        problems.forgetRun(runId);
        files.forgetRun(runId);
        runs.record(runId, run, LocalDateTime.now());
        units.record(runId, run.register(), run.year());
        files.record(runId, registered(found));
        files.recordReceivedRuns(runId, run);
        found.forEach(file -> contribution.incrementReadCount());
        log.info("{}年：登记了 {} 个文件", run.year(), found.size());
        return RepeatStatus.FINISHED;
    }

    /**
     * The files in registration order, each with the earlier files holding the same bytes: of identical copies the
     * first registered is the one read, the others are its duplicates — unless the rows take their unit from the
     * file name, as two units may well send identical tables (all zeros); the reading step decides which applies.
     */
    private List<RegisteredFile> registered(List<InputFile> found) {
        Map<String, Integer> firstWithBytes = new HashMap<>();
        Map<String, Integer> firstWithBytesAndUnit = new HashMap<>();
        List<RegisteredFile> registered = new ArrayList<>();
        int fileId = 0;
        for (InputFile file : inRegistrationOrder(found)) {
            fileId++;
            FileNameInfo name = FileNameInfo.parse(file.fileName());
            String unitCode = name.unit() == null ? null : run.names().resolve(name.unit(), run.year())
                    .map(match -> match.unit().code()).orElse(null);
            String unitKey = file.sha256() + "|" + (unitCode != null ? unitCode : name.unit());
            registered.add(new RegisteredFile(fileId, file.relativePath(), file.sizeBytes(), file.sha256(),
                    file.modifiedAt(), file.extension(), name.unit(), unitCode, name.year(),
                    firstWithBytes.putIfAbsent(file.sha256(), fileId),
                    firstWithBytesAndUnit.putIfAbsent(unitKey, fileId)));
        }
        return registered;
    }

    /**
     * Path order, except that files whose name gives another year come last: of identical copies the first registered
     * is the one read and the others are its duplicates, and {@code 洪祥镇_2024.csv} should be that one rather than a
     * copy named {@code 洪祥镇_2023.csv}.
     */
    private List<InputFile> inRegistrationOrder(List<InputFile> found) {
        return found.stream().sorted(Comparator.comparing((InputFile file) -> {
            Integer year = FileNameInfo.parse(file.fileName()).year();
            return year != null && year != run.year();
        })).toList();
    }
}
