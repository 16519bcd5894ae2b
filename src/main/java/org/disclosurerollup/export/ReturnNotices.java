package org.disclosurerollup.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.disclosurerollup.audit.ProblemRepository;
import org.disclosurerollup.register.Unit;
import org.disclosurerollup.register.UnitRegister;
import org.disclosurerollup.submission.SubmissionRepository;
import org.disclosurerollup.submission.SubmissionStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The notices back to the units, {@code 退回通知/<unit>_<year>_退回通知.xlsx}: one for each unit of the register with
 * something to fix (a rejected file, rejected rows, broken rules, warnings), written from the database one unit at a
 * time. Problems of a version a newer file replaced need no fixing; rows and files naming no unit of the register
 * have no unit to send to.
 */
@Component
public final class ReturnNotices {

    private static final Logger log = LoggerFactory.getLogger(ReturnNotices.class);

    /** The subfolder of the year's outputs that holds the notices. */
    public static final String FOLDER = "退回通知";

    /**
     * Warnings about the office's choice between a unit's files ({@code CountingSubmissionsTasklet}): a copy put in
     * again, two versions of the same age, a correction older than the file it corrects, a newest file mostly of
     * another year, a lower area's workbook counted although a later run of it is in another copy, a hand-filled
     * table and a workbook of the same area. The office settles them in its input folder; what the unit has to fix
     * (the rows of another year) its own problems say.
     */
    static final List<String> FOR_THE_OFFICE = List.of("resent", "same-time", "correction-older",
            "mostly-another-year", "later-run-elsewhere", "replaces-area-workbook");

    private final ProblemRepository problems;
    private final SubmissionRepository submissions;

    ReturnNotices(ProblemRepository problems, SubmissionRepository submissions) {
        this.problems = problems;
        this.submissions = submissions;
    }

    /** A unit's file as the kind of its notice needs it: how it was taken, and how many of its rows were rejected. */
    public record FileFate(SubmissionStatus status, long rowsRejected) {

        boolean takenWhole() {
            return status == SubmissionStatus.ACCEPTED && rowsRejected == 0;
        }

        boolean returnsSomething() {
            return status != SubmissionStatus.SUPERSEDED && !takenWhole();
        }
    }

    /**
     * Whether a unit's files, newest first, return something to it (its notice is a 退回通知) rather than only ask it to
     * check warnings (a 核对通知): a file not taken whole returns something, unless a newer file of the unit is taken
     * whole (last year's table sent first and rejected is settled by this year's sent after it).
     */
    public static boolean returns(List<FileFate> newestFirst) {
        for (FileFate file : newestFirst) {
            if (file.takenWhole()) {
                return false;
            }
            if (file.returnsSomething()) {
                return true;
            }
        }
        return false;
    }

    /** The notice's title: 退回通知 when something of the unit was returned, 核对通知 when it has warnings only. */
    public static String kind(boolean returned) {
        return returned ? ReturnNotice.RETURNED : ReturnNotice.TO_CHECK;
    }

    /** {@code 四坝镇_2024_退回通知.xlsx}: the unit's name in the register; characters a file name cannot hold become _. */
    public static String fileName(String unitName, int year) {
        return YearOutputWriter.safe(unitName) + "_" + year + "_退回通知.xlsx";
    }

    /** {@code 凉州区_2024_退回通知.zip}: all notices of a year in one download. */
    public static String archiveName(String district, int year) {
        return YearOutputWriter.safe(district) + "_" + year + "_退回通知.zip";
    }

    /** Writes the run's notices into {@code <folder>/退回通知/} (no subfolder when there are none); returns how many. */
    int write(ExportModel model, UnitRegister register, Path folder) throws IOException {
        long runId = model.facts().runId();
        Map<String, Long> toNotify = problems.toFixByUnit(runId, FOR_THE_OFFICE);
        if (toNotify.isEmpty()) {
            return 0;
        }
        Path notices = Files.createDirectories(folder.resolve(FOLDER));
        ReturnNotice notice = new ReturnNotice();
        int written = 0;
        for (Unit unit : register.units()) {
            Long count = toNotify.get(unit.code());
            if (count != null) {
                ReturnNotice.Heading heading = new ReturnNotice.Heading(model.facts().district(),
                        model.facts().year(), runId, model.facts().exportedAt(), model.template().id(), unit.name());
                notice.write(heading, submissions.receivedFrom(runId, unit.code()), count,
                        action -> problems.forEachOfUnit(runId, unit.code(), FOR_THE_OFFICE, action::accept),
                        notices.resolve(fileName(unit.name(), model.facts().year())));
                written++;
            }
        }
        log.info("{}年：写出退回通知 {} 份（运行 #{}）", model.facts().year(), written, runId);
        return written;
    }
}
