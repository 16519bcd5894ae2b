package org.disclosurerollup.consolidation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.disclosurerollup.audit.Problem;
import org.disclosurerollup.audit.ProblemLevel;
import org.disclosurerollup.audit.ProblemRepository;
import org.disclosurerollup.intake.InputFileRepository;
import org.disclosurerollup.intake.YearRun;
import org.disclosurerollup.register.Unit;
import org.disclosurerollup.submission.SubmissionRepository;
import org.disclosurerollup.support.RunIds;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step {@code chooseCountingSubmissions}: of each unit's versions the newest is its word (see
 * {@link SubmissionVersion#NEWEST_FIRST}); it counts when it was accepted, and the older ones are marked superseded by
 * its file. Where the choice may surprise a clerk — versions of the same age, a file named for another unit, a
 * correction older than the file it was meant to correct, a lower area's hand-filled table in place of its workbook
 * from this tool — a warning says what was chosen and what to do. Walks the
 * versions unit by unit, so memory holds one unit's versions at a time.
 */
public class CountingSubmissionsTasklet implements Tasklet {

    /** Choices stored per batch. */
    private static final int BATCH = 1000;
    /** Its warnings come after the checks' own problems of the same submission. */
    static final int FIRST_SEQ = 1000;

    private final YearRun run;
    private final List<String> correctionMarks;
    private final InputFileRepository files;
    private final SubmissionRepository submissions;
    private final ProblemRepository problems;

    /** @param correctionMarks words in a file name that say it corrects an earlier one (四坝镇_2024_更正.csv) */
    public CountingSubmissionsTasklet(YearRun run, List<String> correctionMarks, InputFileRepository files,
                                      SubmissionRepository submissions, ProblemRepository problems) {
        this.run = run;
        this.correctionMarks = List.copyOf(correctionMarks);
        this.files = files;
        this.submissions = submissions;
        this.problems = problems;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        long runId = RunIds.of(chunkContext);
        files.recordReceivedRuns(runId, run);
        Map<Integer, List<InputFileRepository.Resent>> resent = files.resent(runId).stream()
                .collect(Collectors.groupingBy(InputFileRepository.Resent::versionFileId));
        Choices choices = new Choices(runId, resent);
        submissions.forEachVersion(runId, stored -> choices.add(new SubmissionVersion(stored)));
        choices.flush();
        return RepeatStatus.FINISHED;
    }

    /** Collects one unit's versions at a time, decides, and stores the choices and warnings in batches. */
    private final class Choices {
        private final long runId;
        private final Map<Integer, List<InputFileRepository.Resent>> resent;
        private final List<SubmissionVersion> ofUnit = new ArrayList<>();
        private final List<SubmissionRepository.Choice> chosen = new ArrayList<>();
        private final List<Problem> warnings = new ArrayList<>();

        Choices(long runId, Map<Integer, List<InputFileRepository.Resent>> resent) {
            this.runId = runId;
            this.resent = resent;
        }

        void add(SubmissionVersion version) {
            if (!ofUnit.isEmpty() && !ofUnit.get(0).unitCode().equals(version.unitCode())) {
                decide();
            }
            ofUnit.add(version);
        }

        void flush() {
            if (!ofUnit.isEmpty()) {
                decide();
            }
            store();
        }

        private void decide() {
            List<SubmissionVersion> versions = new ArrayList<>(ofUnit);
            ofUnit.clear();
            versions.sort(SubmissionVersion.NEWEST_FIRST);
            SubmissionVersion newest = versions.get(0);
            List<SubmissionVersion> older = versions.subList(1, versions.size());
            chosen.add(new SubmissionRepository.Choice(newest.unitCode(), newest.fileId(), newest.stored().accepted(),
                    older.stream().map(SubmissionVersion::fileId).toList()));
            List<Problem> found = new ArrayList<>();
            for (SubmissionVersion version : older) {
                resent.getOrDefault(version.fileId(), List.of()).forEach(copy -> found.add(warning(copy.fileId(),
                        newest, "resent", "文件 " + copy.path() + " 是后来放入的，但内容与运行 #"
                                + version.stored().receivedRun() + " 已收到的报表完全相同（同一份报表），它早已被较新的 "
                                + newest.path() + " 替代，所以仍以后者为准。如果单位要改回这一份，请把 " + newest.path()
                                + " 移出输入文件夹后重新运行")));
            }
            if (versions.size() > 1) {
                found.addAll(surprises(newest, versions.get(1)));
                laterAreaRun(newest, older).ifPresent(found::add);
                otherKindOfAreaTable(newest, older).ifPresent(found::add);
            }
            for (int i = 0; i < found.size(); i++) {
                Problem p = found.get(i);
                warnings.add(new Problem(p.fileId(), null, p.level(), FIRST_SEQ + i, false, null, null, p.unitCode(),
                        null, null, null, p.reason(), p.message()));
            }
            if (chosen.size() >= BATCH) {
                store();
            }
        }

        private void store() {
            submissions.record(runId, chosen);
            problems.record(runId, warnings);
            chosen.clear();
            warnings.clear();
        }
    }

    private List<Problem> surprises(SubmissionVersion newest, SubmissionVersion next) {
        List<Problem> found = new ArrayList<>();
        String unit = name(newest.unitCode());
        if (newest.sameAge(next)) {
            found.add(warning(newest, "same-time", unit + "有多份报表在同一次运行中收到、修改时间也相同，已按文件名取 "
                    + newest.path() + "：如不对，请删除不用的文件后重新运行"));
        }
        String nameUnitCode = newest.stored().nameUnitCode();
        if (nameUnitCode != null && !nameUnitCode.equals(newest.unitCode())) {
            found.add(warning(newest, "named-for-another-unit", "文件 " + newest.path() + " 的文件名写的是"
                    + name(nameUnitCode) + "，内容却是" + unit + "的报表；按内容，它作为" + unit + "最新的报表替代了 "
                    + next.path() + "。如果它其实是" + name(nameUnitCode) + "的报表、填报单位填错了，请改正后重新报送"));
        }
        if (newest.mostlyAnotherYear()) {
            found.add(warning(newest, "mostly-another-year", newest.path() + " 的 " + newest.stored().rowsRead()
                    + " 行中有 " + newest.stored().rowsOfAnotherYear() + " 行写的是别的年度（已退回），它仍作为" + unit
                    + "最新的报表替代了 " + next.path() + "：如果它其实是别的年度的报表，请把它移出输入文件夹后重新运行；"
                    + "否则请单位改正年度后重报"));
        }
        if (marksCorrection(next) && !marksCorrection(newest)
                && next.stored().receivedRun() == newest.stored().receivedRun()
                && newest.stored().modifiedAt().isAfter(next.stored().modifiedAt())) {
            found.add(warning(newest, "correction-older", next.path() + " 的文件名表明是更正后的报表，但 " + newest.path()
                    + " 的修改时间更晚，按规则采用了后者：如果应以更正的报表为准，请把 " + newest.path()
                    + " 移出输入文件夹后重新运行"));
        }
        return found;
    }

    /**
     * A lower area's workbook counts, while another of its versions comes from a later run of that area (an older
     * copy of the file, say, modified later than the newer export): the newest file is the area's word, but say so.
     */
    private Optional<Problem> laterAreaRun(SubmissionVersion newest, List<SubmissionVersion> older) {
        Long counted = newest.stored().areaRun();
        return older.stream().filter(version -> counted != null && version.stored().areaRun() != null
                        && version.stored().areaRun() > counted)
                .max(Comparator.comparing(version -> version.stored().areaRun()))
                .map(later -> warning(newest, "later-run-elsewhere", "计入的是 " + newest.path() + "（"
                        + name(newest.unitCode()) + "汇总运行 #" + counted + "），但 " + later.path() + " 是其更晚的汇总（运行 #"
                        + later.stored().areaRun() + "）：如果应以后者为准，请把 " + newest.path() + " 移出输入文件夹后重新运行"));
    }

    /**
     * A lower area's table filled in by hand (or a long layout) counts instead of the area's workbook from this tool, or
     * the workbook instead of such a table: the newest file is the area's word, but say which, and what is lost.
     */
    private Optional<Problem> otherKindOfAreaTable(SubmissionVersion newest, List<SubmissionVersion> older) {
        Long counted = newest.stored().areaRun();
        String area = name(newest.unitCode());
        Optional<SubmissionVersion> other = older.stream()
                .filter(version -> (version.stored().areaRun() == null) != (counted == null)).findFirst();
        return other.map(replaced -> warning(newest, "replaces-area-workbook", counted == null
                ? "计入的是 " + newest.path() + "（手工填写的表格或长表），它比" + area + "的汇总工作簿 " + replaced.path() + "（"
                        + area + "汇总运行 #" + replaced.stored().areaRun() + "）新，替代了后者：" + area
                        + "的数出自哪次汇总、缺报和被退回的单位都已无从得知。如果应以汇总工作簿为准，请把 " + newest.path()
                        + " 移出输入文件夹后重新运行"
                : "计入的是" + area + "的汇总工作簿 " + newest.path() + "（" + area + "汇总运行 #" + counted + "），它比 "
                        + replaced.path() + "（手工填写的表格或长表）新，替代了后者。如果应以 " + replaced.path() + " 为准，请把 "
                        + newest.path() + " 移出输入文件夹后重新运行"));
    }

    private static Problem warning(SubmissionVersion newest, String reason, String message) {
        return warning(newest.fileId(), newest, reason, message);
    }

    /** A warning about the unit's choice, listed under file {@code fileId}. */
    private static Problem warning(int fileId, SubmissionVersion newest, String reason, String message) {
        boolean ofNewest = fileId == newest.fileId();
        return new Problem(fileId, null, ofNewest ? ProblemLevel.SUBMISSION : ProblemLevel.FILE, FIRST_SEQ, false,
                null, null, newest.unitCode(), null, null, null, reason, message);
    }

    private boolean marksCorrection(SubmissionVersion version) {
        return correctionMarks.stream().anyMatch(mark -> version.fileName().contains(mark));
    }

    private String name(String unitCode) {
        return run.register().byCode(unitCode).map(Unit::name).orElse(unitCode);
    }
}
