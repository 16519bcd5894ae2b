package org.disclosurerollup.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.disclosurerollup.audit.ProblemRepository;
import org.disclosurerollup.catalog.Severity;
import org.disclosurerollup.export.ExportModel;
import org.disclosurerollup.export.ExportModelLoader;
import org.disclosurerollup.export.PublishedOutputRepository;
import org.disclosurerollup.export.ReturnNotices;
import org.disclosurerollup.intake.InputFile;
import org.disclosurerollup.intake.InputFileRepository;
import org.disclosurerollup.intake.InputScanner;
import org.disclosurerollup.intake.RunRepository;
import org.disclosurerollup.intake.YearRun;
import org.disclosurerollup.job.RunFolders;
import org.disclosurerollup.job.YearRunFactory;
import org.disclosurerollup.register.AreaLevel;
import org.disclosurerollup.register.UnitType;
import org.disclosurerollup.submission.SubmissionStatus;

/**
 * What the year page shows from the database: the run whose results are in the output folder now (the latest
 * completed one the outputs come from), each unit's status in it with the first errors of a rejected file or of
 * the rejected rows of an accepted one and its first warnings, and the files received since.
 */
final class YearStatusReader {

    private static final int REASONS_SHOWN = 3;

    /**
     * One line of the status table (a line of {@code submissions.csv}), with the reasons of a rejection and the first
     * warnings ("警告：…"); {@code notice}, on the unit's first line, the file name of its notice when it has one, and
     * {@code noticeKind} its title (退回通知 or 核对通知).
     */
    record UnitLine(String unit, String type, String status, String statusLabel, String file, long accepted,
                    long rejected, String note, List<String> reasons, List<String> warnings, String notice,
                    String noticeKind) {
    }

    /** A file in the year folder that the shown run did not read (new, or changed since). */
    record NewFile(String path, String originalName, LocalDateTime modifiedAt, boolean changed) {
    }

    record YearStatus(long runId, LocalDateTime startedAt, ExportModel.Counts counts, List<UnitLine> units,
                      List<NewFile> newFiles) {
    }

    private final ExportModelLoader models;
    private final PublishedOutputRepository published;
    private final RunRepository runs;
    private final InputFileRepository files;
    private final ProblemRepository problems;
    private final YearRunFactory yearRuns;
    private final RunFolders folders;
    private final OutputFiles outputs;

    YearStatusReader(ExportModelLoader models, PublishedOutputRepository published, RunRepository runs,
                     InputFileRepository files, ProblemRepository problems, YearRunFactory yearRuns,
                     RunFolders folders, OutputFiles outputs) {
        this.outputs = outputs;
        this.models = models;
        this.published = published;
        this.runs = runs;
        this.files = files;
        this.problems = problems;
        this.yearRuns = yearRuns;
        this.folders = folders;
    }

    /** The files of the year folder, all "new" when there is no run yet. */
    List<NewFile> filesSince(int year, Optional<Long> runId) {
        Path yearFolder = folders.yearInput(year);
        if (!Files.isDirectory(yearFolder)) {
            return List.of();
        }
        Map<String, String> known = runId.map(files::contents).orElse(Map.of());
        List<NewFile> found = new ArrayList<>();
        for (InputFile file : new InputScanner().scan(yearFolder)) {
            String sha = known.get(file.relativePath());
            if (sha == null || !sha.equals(file.sha256())) {
                found.add(new NewFile(file.relativePath(), UploadStore.originalName(file.path()).orElse(null),
                        LocalDateTime.ofInstant(file.modifiedAt(), ZoneId.systemDefault()).withNano(0),
                        sha != null));
            }
        }
        return found;
    }

    /** The run whose results are in the year's output folder now. */
    Optional<Long> shownRun(int year) {
        return published.of(year, folders.yearOutput(year).toAbsolutePath().normalize().toString())
                .map(PublishedOutputRepository.Published::runId);
    }

    /** The status of every unit in the shown run: its lines of submissions.csv with their first problems, no figures. */
    Optional<YearStatus> read(int year, String district) {
        Optional<Long> shown = shownRun(year);
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        long runId = shown.get();
        YearRun run = yearRuns.prepare(year, folders.input(), folders.output(), folders.unitsFile(), district);
        ExportModel.Lines<ExportModel.SubmissionLine> statuses = models.statuses(runId, run);
        Map<List<String>, ProblemGroup> errors = problemsByFileAndUnit(runId, Severity.ERROR.id());
        Map<List<String>, ProblemGroup> warnings = problemsByFileAndUnit(runId, Severity.WARN.id());
        Set<SubmissionStatus> rejectedStatuses = Set.of(SubmissionStatus.REJECTED, SubmissionStatus.UNEXPECTED);
        Set<String> notices = new HashSet<>();
        outputs.list(outputs.noticesFolder(year)).forEach(notice -> notices.add(notice.name()));
        Set<String> linked = new HashSet<>();
        List<ExportModel.SubmissionLine> lines = new ArrayList<>();
        statuses.forEach(lines::add);
        Set<String> returned = returnedUnits(lines);
        List<UnitLine> units = new ArrayList<>();
        AreaLevel area = run.area();
        for (ExportModel.SubmissionLine line : lines) {
            String notice = notice(line, year, notices, linked);
            units.add(new UnitLine(line.unit(), typeLabel(line.unitType(), area), line.status().id(),
                    line.status().label(), line.file(), line.accepted(), line.rejected(), line.note(),
                    rejectedStatuses.contains(line.status()) || line.rejected() > 0
                            ? reasons(errors, line.file(), line.unitCode()) : List.of(),
                    line.status() == SubmissionStatus.SUPERSEDED ? List.of()
                            : warnings(warnings, line.file(), line.unitCode()),
                    notice, notice == null ? null : ReturnNotices.kind(returned.contains(line.unitCode()))));
        }
        return Optional.of(new YearStatus(runId, runs.startedAt(runId).orElse(null), models.counts(runId, statuses),
                units, filesSince(year, shown)));
    }

    /** The units whose notice is a 退回通知, by the rule of the notices: each unit's files newest first. */
    private static Set<String> returnedUnits(List<ExportModel.SubmissionLine> lines) {
        Comparator<ExportModel.SubmissionLine> newestFirst = Comparator.comparing(ExportModel.SubmissionLine::received,
                Comparator.nullsLast(Comparator.comparingLong(ExportModel.Received::run)
                        .thenComparing(ExportModel.Received::modifiedAt).reversed()));
        Map<String, List<ReturnNotices.FileFate>> byUnit = new HashMap<>();
        lines.stream().filter(line -> line.unitCode() != null).sorted(newestFirst).forEach(line -> byUnit
                .computeIfAbsent(line.unitCode(), unit -> new ArrayList<>())
                .add(new ReturnNotices.FileFate(line.status(), line.rejected())));
        Set<String> returned = new HashSet<>();
        byUnit.forEach((unit, files) -> {
            if (ReturnNotices.returns(files)) {
                returned.add(unit);
            }
        });
        return returned;
    }

    /** The unit's notice on its first line, when the year's notices hold one for it (a unit of the register). */
    private static String notice(ExportModel.SubmissionLine line, int year, Set<String> notices, Set<String> linked) {
        if (line.unitCode() == null || line.unitCode().isEmpty()) {
            return null;
        }
        String name = ReturnNotices.fileName(line.unit(), year);
        return notices.contains(name) && linked.add(line.unitCode()) ? name : null;
    }

    /** The first few problems of one file and unit (unit null: the file's own, or rows of no known unit), and how many. */
    private record ProblemGroup(List<String> first, long total) {
    }

    /** Per file and unit code, the first few problems of a severity in report order, as shown, and how many there are. */
    private Map<List<String>, ProblemGroup> problemsByFileAndUnit(long runId, String severity) {
        Map<List<String>, ProblemGroup> groups = new HashMap<>();
        problems.forEachFirstOfUnit(runId, severity, REASONS_SHOWN, problem -> {
            List<String> key = Arrays.asList(problem.path(), problem.unitCode());
            ProblemGroup group = groups.computeIfAbsent(key, k -> new ProblemGroup(new ArrayList<>(), 0));
            String place = place(problem.sheet(), problem.rowNo());
            group.first().add(Severity.ERROR.id().equals(severity)
                    ? place + problem.message() + "（" + problem.reason() + "）"
                    : "警告：" + place + problem.message());
            groups.put(key, new ProblemGroup(group.first(), problem.total()));
        });
        return groups;
    }

    /** A unit's errors: its own and those of its file that belong to no unit, the first few and how many more. */
    private static List<String> reasons(Map<List<String>, ProblemGroup> groups, String file, String unitCode) {
        return firstOf(groups, file, unitCode, "另有 %d 条，见 rejected-rows.csv");
    }

    /** A unit's warnings, shown as its errors are; they are listed in the workbook only. */
    private static List<String> warnings(Map<List<String>, ProblemGroup> groups, String file, String unitCode) {
        return file == null ? List.of() : firstOf(groups, file, unitCode, "另有 %d 条警告，见汇总表“问题清单”");
    }

    private static List<String> firstOf(Map<List<String>, ProblemGroup> groups, String file, String unitCode,
                                        String more) {
        List<String> lines = new ArrayList<>();
        long total = 0;
        for (List<String> key : unitCode == null ? List.of(Arrays.asList(file, (String) null))
                : List.of(Arrays.asList(file, (String) null), Arrays.asList(file, unitCode))) {
            ProblemGroup group = groups.get(key);
            if (group != null) {
                lines.addAll(group.first());
                total += group.total();
            }
        }
        List<String> shown = new ArrayList<>(lines.subList(0, Math.min(REASONS_SHOWN, lines.size())));
        if (total > shown.size()) {
            shown.add(String.format(more, total - shown.size()));
        }
        return shown;
    }

    private static String place(String sheet, Integer row) {
        String inSheet = sheet == null || sheet.isEmpty() ? "" : "工作表“" + sheet + "”";
        return row == null ? (inSheet.isEmpty() ? "" : inSheet + "：") : inSheet + "第" + row + "行：";
    }

    private static String typeLabel(String type, AreaLevel area) {
        return type == null || type.isEmpty() ? "" : UnitType.ofId(type).label(area);
    }
}
