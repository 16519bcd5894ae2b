package org.disclosurerollup.consolidation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.disclosurerollup.audit.Problem;
import org.disclosurerollup.audit.ProblemLog;
import org.disclosurerollup.checking.SubmissionStatus;
import org.disclosurerollup.intake.YearRun;
import org.disclosurerollup.register.Unit;
import org.disclosurerollup.support.RunIds;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Step {@code chooseCountingSubmissions}: of each unit's versions the newest is its word (see
 * {@link SubmissionVersion#NEWEST_FIRST}); it counts when it was accepted, and the older ones are marked superseded by
 * its file. Where the choice may surprise a clerk — versions of the same age, a file named for another unit, a
 * correction older than the file it was meant to correct — a warning says what was chosen and what to do.
 */
public class CountingSubmissionsTasklet implements Tasklet {

    private final JdbcClient jdbc;
    private final ProblemLog problems;
    private final YearRun run;
    private final List<String> correctionMarks;

    /** @param correctionMarks words in a file name that say it corrects an earlier one (四坝镇_2024_更正.csv) */
    public CountingSubmissionsTasklet(JdbcClient jdbc, ProblemLog problems, YearRun run, List<String> correctionMarks) {
        this.jdbc = jdbc;
        this.problems = problems;
        this.run = run;
        this.correctionMarks = List.copyOf(correctionMarks);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        long runId = RunIds.of(chunkContext);
        List<Problem> warnings = new ArrayList<>();
        Map<Integer, List<ResentVersions.Resent>> resent = ResentVersions.byVersion(new ResentVersions(jdbc).of(runId));
        for (List<SubmissionVersion> versions : new SubmissionVersions(jdbc).byUnit(runId).values()) {
            SubmissionVersion newest = versions.get(0);
            jdbc.sql("UPDATE submission SET counts = ?, superseded_by_file = NULL WHERE run_id = ? AND submission_id = ?")
                    .params(newest.accepted(), runId, newest.submissionId()).update();
            for (SubmissionVersion older : versions.subList(1, versions.size())) {
                supersede(runId, older, newest);
                resent.getOrDefault(older.fileId(), List.of()).forEach(copy -> warnings.add(warning(copy.fileId(),
                        newest, "resent", "文件 " + copy.path() + " 是后来放入的，但内容与运行 #" + older.receivedRun() + " 已收到的报表完全相同"
                                + "（同一份报表），它早已被较新的 " + newest.path() + " 替代，所以仍以后者为准。"
                                + "如果单位要改回这一份，请把 " + newest.path() + " 移出输入文件夹后重新运行")));
            }
            if (versions.size() > 1) {
                warnings.addAll(surprises(newest, versions.get(1)));
            }
        }
        problems.record(runId, warnings);
        return RepeatStatus.FINISHED;
    }

    private void supersede(long runId, SubmissionVersion older, SubmissionVersion newest) {
        jdbc.sql("""
                        UPDATE submission SET status = ?, counts = FALSE, superseded_by_file = ?
                        WHERE run_id = ? AND submission_id = ?""")
                .params(SubmissionStatus.SUPERSEDED.id(), newest.fileId(), runId, older.submissionId()).update();
    }

    private List<Problem> surprises(SubmissionVersion newest, SubmissionVersion next) {
        List<Problem> found = new ArrayList<>();
        String unit = name(newest.unitCode());
        if (newest.sameAge(next)) {
            found.add(warning(newest, "same-time", unit + "有多份报表在同一次运行中收到、修改时间也相同，已按文件名取 "
                    + newest.path() + "：如不对，请删除不用的文件后重新运行"));
        }
        if (newest.nameUnitCode() != null && !newest.nameUnitCode().equals(newest.unitCode())) {
            found.add(warning(newest, "named-for-another-unit", "文件 " + newest.path() + " 的文件名写的是"
                    + name(newest.nameUnitCode()) + "，内容却是" + unit + "的报表；按内容，它作为" + unit + "最新的报表替代了 "
                    + next.path() + "。如果它其实是" + name(newest.nameUnitCode()) + "的报表、填报单位填错了，请改正后重新报送"));
        }
        if (newest.mostlyAnotherYear()) {
            found.add(warning(newest, "mostly-another-year", newest.path() + " 的 " + newest.rowsRead() + " 行中有 "
                    + newest.rowsOfAnotherYear() + " 行写的是别的年度（已退回），它仍作为" + unit + "最新的报表替代了 " + next.path()
                    + "：如果它其实是别的年度的报表，请把它移出输入文件夹后重新运行；否则请单位改正年度后重报"));
        }
        if (marksCorrection(next) && !marksCorrection(newest) && next.receivedRun() == newest.receivedRun()
                && newest.modifiedAt().isAfter(next.modifiedAt())) {
            found.add(warning(newest, "correction-older", next.path() + " 的文件名表明是更正后的报表，但 " + newest.path()
                    + " 的修改时间更晚，按规则采用了后者：如果应以更正的报表为准，请把 " + newest.path()
                    + " 移出输入文件夹后重新运行"));
        }
        return found;
    }

    private static Problem warning(SubmissionVersion newest, String reason, String message) {
        return warning(newest.fileId(), newest, reason, message);
    }

    /** A warning about the unit's choice, listed under file {@code fileId}. */
    private static Problem warning(int fileId, SubmissionVersion newest, String reason, String message) {
        return new Problem(fileId, null, fileId == newest.fileId() ? newest.submissionId() : null, 0, false, null, null,
                newest.unitCode(), null, null, null, reason, message);
    }

    private boolean marksCorrection(SubmissionVersion version) {
        return correctionMarks.stream().anyMatch(mark -> version.fileName().contains(mark));
    }

    private String name(String unitCode) {
        return run.register().byCode(unitCode).map(Unit::name).orElse(unitCode);
    }
}
