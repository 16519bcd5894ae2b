package org.disclosurerollup.checking;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import org.disclosurerollup.audit.Problem;
import org.disclosurerollup.audit.Reason;
import org.disclosurerollup.audit.Texts;
import org.disclosurerollup.catalog.Catalog;
import org.disclosurerollup.intake.FileAdmission;
import org.disclosurerollup.intake.FileNameInfo;
import org.disclosurerollup.intake.FileStatus;
import org.disclosurerollup.intake.InputFile;
import org.disclosurerollup.intake.ReadFile;
import org.disclosurerollup.intake.RegisteredFile;
import org.disclosurerollup.intake.YearRun;
import org.disclosurerollup.reading.LowerAreaRun;
import org.disclosurerollup.reading.RawRow;
import org.disclosurerollup.reading.RowSource;
import org.disclosurerollup.reading.RowSources;
import org.disclosurerollup.reading.SourceRow;
import org.disclosurerollup.reading.SubmissionFileInspector;
import org.disclosurerollup.register.Unit;
import org.springframework.util.unit.DataSize;

/**
 * One registered file from its bytes to its checked submissions, without the database: whether it can be read, each
 * row's checks, then each unit's rows checked as a submission. Problems are handed out as they are found, so a file of
 * a million bad rows never sits in memory; what is kept per submission is its cells. Not thread-safe: one per thread.
 */
public final class FileCheck {

    /** The file id of a file checked on its own, outside a run. */
    public static final int SINGLE_FILE_ID = 1;

    /** Names of rows of no known unit kept for the status line; the rest are counted. */
    private static final int UNATTRIBUTED_NAMES_SHOWN = 20;
    static final String NO_UNIT = "（未填单位）";

    private final YearRun run;
    private final FileAdmission admission;
    private final RowChecker rowChecker;
    private final SubmissionChecker submissionChecker;
    private final ForeignTemplates foreignTemplates;

    public FileCheck(YearRun run, Catalog catalog, SubmissionFileInspector inspector, DataSize maxFileSize) {
        this.run = run;
        this.admission = new FileAdmission(run, inspector, maxFileSize);
        this.rowChecker = new RowChecker(run, catalog);
        this.submissionChecker = new SubmissionChecker(run);
        this.foreignTemplates = new ForeignTemplates(catalog);
    }

    /**
     * What the file holds.
     *
     * @param submissions one per unit whose rows the file holds (by unit code), or the file's unit when it is rejected
     *                    whole
     * @param coveredRows rows whose problems were handed out, then replaced by one problem of their submission (a
     *                    form of another template, another year's table) or of the file (a blank file): the caller
     *                    drops them
     * @param lowerAreaRun for a lower area's consolidated workbook read as its submission, the run it comes from
     */
    public record Result(ReadFile file, List<SubmissionVerdict> submissions, List<Integer> coveredRows,
                         Optional<LowerAreaRun> lowerAreaRun) {

        Result(ReadFile file, List<SubmissionVerdict> submissions, List<Integer> coveredRows) {
            this(file, submissions, coveredRows, Optional.empty());
        }
    }

    /**
     * @param problems receives every problem found, in the order found
     * @throws IOException the file changed or went away since it was registered, or failed to read after it inspected
     *                     as readable: the run must not go on without its rows
     */
    public Result check(RegisteredFile file, Consumer<Problem> problems) throws IOException {
        return check(file.fileId(), unchanged(file), registration -> registration.status() == FileStatus.READABLE
                && registration.unitFromName() ? file.sameBytesAndUnitAs() : file.sameBytesAs(), problems);
    }

    /**
     * A file anywhere, checked as the run would check it were it the only file of the year folder (command
     * {@code check}, the console's check page): no copy of another file, id {@link #SINGLE_FILE_ID}.
     *
     * @throws IOException the file cannot be read, or failed to read after it inspected as readable
     */
    public Result check(Path file, Consumer<Problem> problems) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        InputFile input = new InputFile(file.getFileName().toString(), file, attributes.size(),
                attributes.lastModifiedTime().toInstant(), null);
        return check(SINGLE_FILE_ID, input, registration -> null, problems);
    }

    /** @param copyOf the earlier file of the run this one copies, given how its rows are read; null when none */
    private Result check(int fileId, InputFile input, Function<FileAdmission.Registration, Integer> copyOf,
                         Consumer<Problem> problems) throws IOException {
        FileNameInfo name = FileNameInfo.parse(input.fileName());
        FileAdmission.Registration registration = admission.inspect(input, name);
        FileAdmission.FileUnit unit = admission.unitOf(registration, name);
        Integer duplicateOf = copyOf.apply(registration);
        if (duplicateOf != null) {
            return new Result(new ReadFile(fileId, FileStatus.DUPLICATE, null, unit.text(), unit.code(),
                    duplicateOf, null, null, 0, 0, null), List.of(), List.of());
        }
        if (registration.status() == FileStatus.REJECTED) {
            problems.accept(Problem.fileRejected(fileId, unit.text(), registration.reason(),
                    registration.message()));
            List<SubmissionVerdict> submissions = unit.code() == null ? List.of()
                    : List.of(submissionChecker.rejectedWhole(fileId, registered(unit.code()),
                            registration.rowsRead()));
            return new Result(new ReadFile(fileId, FileStatus.REJECTED, null, unit.text(), unit.code(), null,
                    registration.reason(), registration.message(), registration.rowsRead(), 0, null), submissions,
                    List.of());
        }
        return read(fileId, input, name, registration, unit, problems);
    }

    private Result read(int fileId, InputFile input, FileNameInfo name,
                        FileAdmission.Registration registration, FileAdmission.FileUnit unit,
                        Consumer<Problem> problems) throws IOException {
        Map<String, SubmissionRows> byUnit = new TreeMap<>();
        Unattributed unattributed = new Unattributed();
        BlankInput blank = new BlankInput();
        int itemNo = 0;
        try (RowSource rows = RowSources.open(input.path(), registration.layout())) {
            for (RawRow raw = rows.next(); raw != null; raw = rows.next()) {
                CheckedRow row = rowChecker.check(new SourceRow(fileId, ++itemNo, raw), unit.text());
                row.problems().forEach(problems);
                blank.add(raw, row);
                if (row.unitCode() == null) {
                    unattributed.add(row.unitText());
                } else {
                    byUnit.computeIfAbsent(row.unitCode(), code -> new SubmissionRows(code, run.template(),
                            foreignTemplates)).add(row);
                }
            }
        }
        if (blank.blank(itemNo)) {
            return rejectedAsBlank(fileId, input, registration, unitOfBlank(unit, byUnit), itemNo,
                    blank.rowsWithProblems(), problems);
        }
        List<SubmissionVerdict> submissions = new ArrayList<>();
        List<Integer> covered = new ArrayList<>();
        Optional<LowerAreaRun> lowerAreaRun = Optional.ofNullable(registration.layout().lowerAreaRun());
        for (SubmissionRows rows : byUnit.values()) {
            SubmissionVerdict verdict = submissionChecker.check(fileId, name, rows);
            verdict.problems().forEach(problems);
            lowerAreaRun.filter(LowerAreaRun::hasGaps).map(run -> submissionChecker.lowerAreaGaps(verdict, run))
                    .ifPresent(problems);
            covered.addAll(verdict.rowsCoveredBySubmissionProblem());
            submissions.add(verdict);
        }
        return new Result(new ReadFile(fileId, FileStatus.READABLE, registration.charset(), unit.text(),
                unit.code(), null, null, null, itemNo, unattributed.rows, unattributed.names()), submissions, covered,
                lowerAreaRun);
    }

    /**
     * A file without one value written (a template sent back blank): rejected whole, its rows counted for its unit, the
     * problems of its rows replaced by the file's one.
     */
    private Result rejectedAsBlank(int fileId, InputFile input, FileAdmission.Registration registration,
                                   FileAdmission.FileUnit unit, long rowsRead, List<Integer> covered,
                                   Consumer<Problem> problems) {
        String message = BlankInput.message(input.fileName(), registration.layout().form() != null);
        problems.accept(Problem.fileRejected(fileId, unit.text(), Reason.UNREADABLE_FILE, message));
        List<SubmissionVerdict> submissions = unit.code() == null ? List.of()
                : List.of(submissionChecker.rejectedWhole(fileId, registered(unit.code()), rowsRead));
        return new Result(new ReadFile(fileId, FileStatus.REJECTED, registration.charset(), unit.text(), unit.code(),
                null, Reason.UNREADABLE_FILE, message, rowsRead, 0, null), submissions, covered);
    }

    /** The unit of a blank file: its name's (or form's), else the one unit its rows name. */
    private FileAdmission.FileUnit unitOfBlank(FileAdmission.FileUnit unit, Map<String, SubmissionRows> byUnit) {
        if (unit.code() != null || byUnit.size() != 1) {
            return unit;
        }
        Unit named = registered(byUnit.keySet().iterator().next());
        return new FileAdmission.FileUnit(named.name(), named.code());
    }

    /** The file as registered; a file changed or gone since then stops the run (its rows would not be the ones counted). */
    private InputFile unchanged(RegisteredFile file) throws IOException {
        Path path = run.yearFolder().resolve(file.path());
        try {
            BasicFileAttributes now = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (now.size() == file.sizeBytes() && now.lastModifiedTime().toMillis() == file.modifiedAt().toEpochMilli()) {
                return new InputFile(file.path(), path, file.sizeBytes(), file.modifiedAt(), file.sha256());
            }
        } catch (NoSuchFileException e) {
            // said below
        }
        throw new IOException("文件 " + file.path() + " 在登记后被修改或删除，已无法读取：请待文件放齐后重新运行");
    }

    private Unit registered(String unitCode) {
        return run.register().byCode(unitCode).orElseThrow();
    }

    /** Rows naming no unit of the register, and the names they give (the first few in name order). */
    private static final class Unattributed {
        private long rows;
        private boolean unnamed;
        private boolean more;
        private final SortedSet<String> names = new TreeSet<>();

        void add(String unitText) {
            rows++;
            if (unitText == null) {
                unnamed = true;
                return;
            }
            names.add(Texts.clip(unitText, 200));
            if (names.size() > UNATTRIBUTED_NAMES_SHOWN) {
                names.remove(names.last());
                more = true;
            }
        }

        String names() {
            if (rows == 0) {
                return null;
            }
            List<String> shown = new ArrayList<>();
            if (unnamed) {
                shown.add(NO_UNIT);
            }
            shown.addAll(names);
            return String.join("、", shown) + (more ? "等" : "");
        }
    }
}
