package org.disclosurerollup.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.disclosurerollup.catalog.Severity;
import org.disclosurerollup.checking.SubmissionStatus;
import org.disclosurerollup.consolidation.Scope;
import org.disclosurerollup.export.ExportModel;
import org.disclosurerollup.export.ExportModelLoader;
import org.disclosurerollup.intake.InputFile;
import org.disclosurerollup.intake.InputScanner;
import org.disclosurerollup.intake.YearRun;
import org.disclosurerollup.job.RunFolders;
import org.disclosurerollup.job.YearRunFactory;
import org.disclosurerollup.register.UnitType;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the year page shows from the database: the run whose results are in the output folder now (the latest
 * completed one the outputs come from), each unit's status in it with the first errors of a rejected file or of
 * the rejected rows of an accepted one and its first warnings, and the files received since.
 */
final class YearStatusReader {

    private static final int REASONS_SHOWN = 3;

    /**
     * One line of the status table (a line of {@code submissions.csv}), with the reasons of a rejection and the first
     * warnings ("提示：…").
     */
    record UnitLine(String unit, String type, String status, String statusLabel, String file, long accepted,
                    long rejected, String note, List<String> reasons, List<String> warnings) {
    }

    /** A file in the year folder that the shown run did not read (new, or changed since). */
    record NewFile(String path, String originalName, LocalDateTime modifiedAt, boolean changed) {
    }

    record YearStatus(long runId, LocalDateTime startedAt, ExportModel.Counts counts, List<UnitLine> units,
                      List<NewFile> newFiles) {
    }

    private final JdbcClient jdbc;
    private final YearRunFactory runs;
    private final List<Scope> scopes;
    private final RunFolders folders;

    YearStatusReader(JdbcClient jdbc, YearRunFactory runs, List<Scope> scopes, RunFolders folders) {
        this.jdbc = jdbc;
        this.runs = runs;
        this.scopes = scopes;
        this.folders = folders;
    }

    /** The files of the year folder, all "new" when there is no run yet. */
    List<NewFile> filesSince(int year, Optional<Long> runId) {
        Path yearFolder = folders.yearInput(year);
        if (!Files.isDirectory(yearFolder)) {
            return List.of();
        }
        Map<String, String> known = new HashMap<>();
        runId.ifPresent(id -> jdbc.sql("SELECT path, sha256 FROM input_file WHERE run_id = ?").param(id)
                .query(rs -> {
                    known.put(rs.getString(1), rs.getString(2));
                }));
        List<NewFile> files = new ArrayList<>();
        for (InputFile file : new InputScanner().scan(yearFolder)) {
            String sha = known.get(file.relativePath());
            if (sha == null || !sha.equals(file.sha256())) {
                files.add(new NewFile(file.relativePath(), UploadStore.originalName(file.path()).orElse(null),
                        LocalDateTime.ofInstant(file.modifiedAt(), ZoneId.systemDefault()).withNano(0),
                        sha != null));
            }
        }
        return files;
    }

    /** The run whose results are in the year's output folder now. */
    Optional<Long> shownRun(int year) {
        return jdbc.sql("SELECT run_id FROM published_output WHERE report_year = ? AND output_folder = ?")
                .params(year, folders.yearOutput(year).toAbsolutePath().normalize().toString())
                .query(Long.class).optional();
    }

    Optional<YearStatus> read(int year, String district) {
        Optional<Long> shown = shownRun(year);
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        long runId = shown.get();
        YearRun run = runs.prepare(year, folders.input(), folders.output(), folders.unitsFile(), district);
        ExportModel model = new ExportModelLoader(jdbc).load(runId, run, scopes);
        Map<List<String>, ProblemGroup> problems = problemsByFileAndUnit(runId, Severity.ERROR.id());
        Map<List<String>, ProblemGroup> warnings = problemsByFileAndUnit(runId, Severity.WARN.id());
        Set<String> rejectedStatuses = Set.of(SubmissionStatus.REJECTED.id(), SubmissionStatus.UNEXPECTED.id());
        List<UnitLine> units = model.statuses().stream().map(line -> new UnitLine(line.unit(), typeLabel(line.unitType()),
                line.status(), SubmissionStatus.ofId(line.status()).label(), line.file(), line.accepted(),
                line.rejected(), line.note(), rejectedStatuses.contains(line.status()) || line.rejected() > 0
                        ? reasons(problems, line.file(), line.unitCode()) : List.of(),
                SubmissionStatus.SUPERSEDED.id().equals(line.status()) ? List.of()
                        : warnings(warnings, line.file(), line.unitCode())))
                .collect(Collectors.toList());
        LocalDateTime startedAt = jdbc.sql("SELECT started_at FROM rollup_run WHERE run_id = ?").param(runId)
                .query(Timestamp.class).optional().map(Timestamp::toLocalDateTime).orElse(null);
        return Optional.of(new YearStatus(runId, startedAt, model.facts().counts(), units,
                filesSince(year, shown)));
    }

    /** The first few problems of one file and unit (unit null: the file's own, or rows of no known unit), and how many. */
    private record ProblemGroup(List<String> first, long total) {
    }

    /** Per file and unit code, the first few problems of a severity in report order, as shown, and how many there are. */
    private Map<List<String>, ProblemGroup> problemsByFileAndUnit(long runId, String severity) {
        Map<List<String>, ProblemGroup> groups = new HashMap<>();
        jdbc.sql("""
                        SELECT path, unit_code, sheet, row_no, reason, message, total FROM (
                          SELECT f.path, p.unit_code, p.sheet, p.row_no, p.reason, p.message,
                                 ROW_NUMBER() OVER (PARTITION BY p.file_id, p.unit_code
                                                    ORDER BY p.row_no NULLS FIRST, p.seq) AS n,
                                 COUNT(*) OVER (PARTITION BY p.file_id, p.unit_code) AS total
                          FROM problem p JOIN input_file f ON f.run_id = p.run_id AND f.file_id = p.file_id
                          WHERE p.run_id = ? AND p.severity = ?) numbered
                        WHERE n <= ? ORDER BY path, n""")
                .params(runId, severity, REASONS_SHOWN)
                .query(rs -> {
                    List<String> key = Arrays.asList(rs.getString("path"), rs.getString("unit_code"));
                    ProblemGroup group = groups.computeIfAbsent(key,
                            k -> new ProblemGroup(new ArrayList<>(), 0));
                    String place = place(rs.getString("sheet"), (Integer) rs.getObject("row_no", Integer.class));
                    group.first().add(Severity.ERROR.id().equals(severity)
                            ? place + rs.getString("message") + "（" + rs.getString("reason") + "）"
                            : "提示：" + place + rs.getString("message"));
                    groups.put(key, new ProblemGroup(group.first(), rs.getLong("total")));
                });
        return groups;
    }

    /** A unit's errors: its own and those of its file that belong to no unit, the first few and how many more. */
    private static List<String> reasons(Map<List<String>, ProblemGroup> groups, String file, String unitCode) {
        return firstOf(groups, file, unitCode, "另有 %d 条，见 rejected-rows.csv");
    }

    /** A unit's warnings, shown as its errors are; they are listed in the workbook only. */
    private static List<String> warnings(Map<List<String>, ProblemGroup> groups, String file, String unitCode) {
        return file == null ? List.of() : firstOf(groups, file, unitCode, "另有 %d 条提示，见汇总表“问题清单”");
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

    private static String typeLabel(String type) {
        return type == null || type.isEmpty() ? "" : UnitType.ofId(type).label();
    }
}
