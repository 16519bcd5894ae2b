package org.disclosurerollup.export;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disclosurerollup.checking.CellValue;
import org.disclosurerollup.checking.SubmissionStatus;
import org.disclosurerollup.consolidation.Scope;
import org.disclosurerollup.intake.FileStatus;
import org.disclosurerollup.intake.YearRun;
import org.disclosurerollup.consolidation.CountedSubmission;
import org.disclosurerollup.consolidation.CountedSubmissions;
import org.disclosurerollup.lastyear.YearOnYearComparison;
import org.disclosurerollup.register.Unit;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads one run's results from the database into the {@link ExportModel} the outputs are written from. */
public final class ExportModelLoader {

    private final JdbcClient jdbc;

    public ExportModelLoader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ExportModel load(long runId, YearRun run, List<Scope> scopes) {
        Map<Integer, FileRow> files = files(runId);
        List<SubmissionRow> submissions = submissions(runId);
        List<ExportModel.SubmissionLine> statuses = SubmissionStatusLines.of(run, files, submissions);
        int accepted = (int) submissions.stream().filter(SubmissionRow::counts).count();
        int rejected = (int) statuses.stream().filter(line -> line.status().equals(SubmissionStatus.REJECTED.id())
                || line.status().equals(SubmissionStatus.UNEXPECTED.id())).count();
        int missing = (int) statuses.stream().filter(line -> line.status().equals(SubmissionStatus.MISSING.id())).count();
        List<ExportModel.InputFileFact> facts = files.values().stream().map(f -> new ExportModel.InputFileFact(f.path(),
                f.sha256(), f.size(), f.status().id(), f.rowsRead(), f.rowsAccepted(), f.rowsRead() - f.rowsAccepted()))
                .toList();
        long read = facts.stream().mapToLong(ExportModel.InputFileFact::rowsRead).sum();
        long rowsAccepted = facts.stream().mapToLong(ExportModel.InputFileFact::rowsAccepted).sum();
        long rowsSuperseded = submissions.stream().filter(s -> s.status().equals(SubmissionStatus.SUPERSEDED.id()))
                .mapToLong(SubmissionRow::accepted).sum();
        ExportModel.Counts counts = new ExportModel.Counts(files.size(), accepted, rejected, missing, read, rowsAccepted,
                read - rowsAccepted, rowsSuperseded);
        LocalDateTime startedAt = jdbc.sql("SELECT started_at FROM rollup_run WHERE run_id = ?").param(runId)
                .query(LocalDateTime.class).single();
        ExportModel.RunFacts runFacts = new ExportModel.RunFacts(run.district(), run.year(), runId, startedAt,
                LocalDateTime.now().withNano(0), run.yearFolder().toAbsolutePath().normalize().toString(), facts, counts);
        return new ExportModel(runFacts, run.template(),
                scopes.stream().map(s -> new ExportModel.Scope(s.id(), s.label())).toList(), totals(runId),
                units(runId, run, files), statuses, problems(runId, run),
                new YearOnYearComparison(jdbc).of(runId, run.year(), run.template()));
    }

    private Map<Integer, FileRow> files(long runId) {
        Map<Integer, FileRow> files = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT f.file_id, f.path, f.sha256, f.size_bytes, f.modified_at, f.received_run, f.status,
                               f.duplicate_of, f.reason, f.name_unit, f.rows_read,
                               (SELECT COUNT(*) FROM submitted_row r WHERE r.run_id = f.run_id AND r.file_id = f.file_id) AS rows,
                               (SELECT COALESCE(SUM(s.rows_accepted), 0) FROM submission s
                                 WHERE s.run_id = f.run_id AND s.file_id = f.file_id) AS accepted,
                               (SELECT COUNT(*) FROM submitted_row r WHERE r.run_id = f.run_id AND r.file_id = f.file_id
                                  AND r.unit_code IS NULL) AS unattributed
                        FROM input_file f WHERE f.run_id = ? ORDER BY f.file_id""")
                .param(runId)
                .query(rs -> {
                    FileStatus status = FileStatus.ofId(rs.getString("status"));
                    long rows = status == FileStatus.READABLE ? rs.getLong("rows") : rs.getLong("rows_read");
                    files.put(rs.getInt("file_id"), new FileRow(rs.getInt("file_id"), rs.getString("path"),
                            rs.getString("sha256"), rs.getLong("size_bytes"), rs.getTimestamp("modified_at").toInstant(),
                            rs.getLong("received_run"), status,
                            (Integer) rs.getObject("duplicate_of", Integer.class), rs.getString("reason"),
                            rs.getString("name_unit"), rows, rs.getLong("accepted"), rs.getLong("unattributed"), null));
                });
        jdbc.sql("""
                        SELECT file_id, unit_text FROM submitted_row WHERE run_id = ? AND unit_code IS NULL
                        GROUP BY file_id, unit_text ORDER BY file_id, unit_text""")
                .param(runId)
                .query(rs -> {
                    FileRow f = files.get(rs.getInt(1));
                    String name = rs.getString(2) == null ? "（未填单位）" : rs.getString(2);
                    String names = f.unattributedNames() == null ? name : f.unattributedNames() + "、" + name;
                    files.put(f.fileId(), new FileRow(f.fileId(), f.path(), f.sha256(), f.size(), f.modifiedAt(),
                            f.receivedRun(), f.status(),
                            f.duplicateOf(), f.reason(), f.nameUnit(), f.rowsRead(), f.rowsAccepted(),
                            f.unattributedRows(), names));
                });
        return files;
    }

    private List<SubmissionRow> submissions(long runId) {
        return jdbc.sql("""
                        SELECT submission_id, file_id, unit_code, status, counts, superseded_by_file, rows_read, rows_accepted,
                               rows_rejected
                        FROM submission WHERE run_id = ? ORDER BY submission_id""")
                .param(runId)
                .query((rs, n) -> new SubmissionRow(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5), (Integer) rs.getObject(6, Integer.class), rs.getLong(7), rs.getLong(8),
                        rs.getLong(9)))
                .list();
    }

    private Map<String, Map<String, BigDecimal>> totals(long runId) {
        Map<String, Map<String, BigDecimal>> totals = new LinkedHashMap<>();
        jdbc.sql("SELECT scope, code, total FROM district_total WHERE run_id = ?").param(runId)
                .query(rs -> {
                    totals.computeIfAbsent(rs.getString(1), scope -> new HashMap<>())
                            .put(rs.getString(2), CellValue.plain(rs.getBigDecimal(3)));
                });
        return totals;
    }

    private List<ExportModel.UnitFigures> units(long runId, YearRun run, Map<Integer, FileRow> files) {
        Map<String, CountedSubmission> counted = new CountedSubmissions(jdbc).of(runId);
        List<ExportModel.UnitFigures> units = new ArrayList<>();
        for (Unit unit : run.register().expectedIn(run.year())) {
            Optional.ofNullable(counted.get(unit.code())).ifPresent(s -> units.add(new ExportModel.UnitFigures(
                    unit.code(), unit.name(), unit.type().id(), files.get(s.fileId()).path(), s.cells())));
        }
        return units;
    }

    /** Problems of an older version stay listed, saying that nothing needs correcting there. */
    private static String supersededNote(String newerFile) {
        return newerFile == null ? "" : "【该报表已被较新的 " + newerFile + " 替代，不计入汇总，无需更正】";
    }

    /** Streams the problems from the database each time they are walked (once per output that lists them). */
    private ExportModel.ProblemLines problems(long runId, YearRun run) {
        return action -> jdbc.sql("""
                        SELECT p.severity, f.path, p.sheet, p.row_no, p.unit_code, p.unit_text, p.code, p.raw_value,
                               p.reason, p.message,
                               (SELECT newer.path FROM submission s
                                  JOIN input_file newer ON newer.run_id = s.run_id AND newer.file_id = s.superseded_by_file
                                 WHERE s.run_id = p.run_id AND s.file_id = p.file_id AND s.status = 'superseded'
                                   AND (s.submission_id = p.submission_id OR s.unit_code = p.unit_code
                                        OR (p.submission_id IS NULL AND p.unit_code IS NULL AND f.status = 'rejected'))
                                 ORDER BY s.submission_id FETCH FIRST 1 ROWS ONLY) AS superseded_by
                        FROM problem p LEFT JOIN input_file f ON f.run_id = p.run_id AND f.file_id = p.file_id
                        WHERE p.run_id = ?
                        ORDER BY p.file_id NULLS FIRST,
                                 CASE WHEN p.row_no IS NOT NULL THEN 1 WHEN p.submission_id IS NULL THEN 0 ELSE 2 END,
                                 p.row_no, p.item_no, p.submission_id, p.seq""")
                .param(runId)
                .query(rs -> {
                    String unitCode = rs.getString("unit_code");
                    String unit = unitCode == null ? rs.getString("unit_text")
                            : run.register().byCode(unitCode).map(Unit::name).orElse(rs.getString("unit_text"));
                    action.accept(new ExportModel.ProblemLine(rs.getString("severity"), rs.getString("path"),
                            rs.getString("sheet"), (Integer) rs.getObject("row_no", Integer.class), unit,
                            rs.getString("code"), rs.getString("raw_value"), rs.getString("reason"),
                            supersededNote(rs.getString("superseded_by")) + rs.getString("message")));
                });
    }
}
