package org.disclosurerollup.checking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.disclosurerollup.audit.Problem;
import org.disclosurerollup.audit.Reason;
import org.disclosurerollup.catalog.Catalog;
import org.disclosurerollup.catalog.Rule;
import org.disclosurerollup.catalog.Severity;
import org.disclosurerollup.intake.FileStatus;
import org.disclosurerollup.intake.RegisteredFile;
import org.disclosurerollup.intake.YearRun;
import org.disclosurerollup.register.Unit;
import org.disclosurerollup.register.UnitMatch;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Step {@code checkSubmissions}: checks one submission as a whole — expected unit, duplicate cells, template, derived
 * totals and the template's rules — and decides whether it is accepted or rejected.
 */
public class SubmissionChecker implements ItemProcessor<SubmissionKey, SubmissionVerdict> {

    private final long runId;
    private final YearRun run;
    private final ForeignTemplates foreignTemplates;
    private final Map<Integer, RegisteredFile> files = new LinkedHashMap<>();
    private final JdbcClient jdbc;
    private final SubmissionRules rules;

    public SubmissionChecker(long runId, YearRun run, Catalog catalog, List<RegisteredFile> files, JdbcClient jdbc) {
        this.runId = runId;
        this.run = run;
        this.foreignTemplates = new ForeignTemplates(catalog);
        files.forEach(file -> this.files.put(file.fileId(), file));
        this.jdbc = jdbc;
        this.rules = new SubmissionRules(run.template());
    }

    @Override
    public SubmissionVerdict process(SubmissionKey key) {
        Unit unit = run.register().byCode(key.unitCode()).orElseThrow();
        RegisteredFile file = files.get(key.fileId());
        Problems problems = new Problems(key, unit);
        if (file.status() == FileStatus.REJECTED) {
            SubmissionStatus status = unit.expectedIn(run.year()) ? SubmissionStatus.REJECTED : SubmissionStatus.UNEXPECTED;
            return verdict(key, unit, status, file.rowsRead(), 0, Map.of(), Set.of(), List.of(), problems);
        }
        List<StoredRow> rows = load(key);
        if (!unit.expectedIn(run.year())) {
            problems.error(null, Reason.UNKNOWN_UNIT, unit.name() + "不在" + run.year() + "年的报送名单中（"
                    + years(unit) + "）：此表不计入汇总；如单位已更名，请用新名称报送");
            return verdict(key, unit, SubmissionStatus.UNEXPECTED, rows.size(), 0, Map.of(), Set.of(), List.of(),
                    problems);
        }
        warnIfNameDisagrees(key, unit, problems);
        List<String> foreign = foreignTemplates.filledIn(rows);
        if (!foreign.isEmpty()) {
            problems.error(null, Reason.TEMPLATE_MISMATCH, unit.name() + "的报表是" + String.join("、", foreign)
                    + "格式，" + run.year() + "年应按" + run.template().id() + "格式填报：请使用本年度的填报模板重新填报");
            List<Integer> coveredRows = rows.stream().filter(row -> Reason.UNKNOWN_CODE.id().equals(row.reason()))
                    .map(StoredRow::itemNo).toList();
            return new SubmissionVerdict(key, unit.type().id(), SubmissionStatus.REJECTED, rows.size(), 0, Map.of(),
                    Set.of(), List.of(), coveredRows, problems.list);
        }
        SubmittedCells submitted = SubmittedCells.withoutConflicts(rows, run.template());
        List<SubmissionVerdict.DuplicateRow> duplicates = rejectConflicts(submitted, problems);
        Map<String, CellValue> cells = submitted.cells();
        long accepted = rows.stream().filter(StoredRow::accepted).count() - duplicates.size();
        if (cells.isEmpty()) {
            return verdict(key, unit, SubmissionStatus.REJECTED, rows.size(), 0, Map.of(), Set.of(), duplicates,
                    problems);
        }
        SubmissionRules.Report report = rules.check(cells, unit.type().id());
        for (SubmissionRules.DerivedTotal total : report.derived()) {
            Optional<StoredRow> blank = rows.stream().filter(row -> total.code().equals(row.code())).findFirst();
            String message = RuleMessages.derived(unit.name(), total, run.template().cell(total.code()).orElseThrow(),
                    blank.map(StoredRow::cellRef).orElse(null));
            blank.ifPresentOrElse(row -> problems.rowWarn(row, "derived-total", message),
                    () -> problems.warn(total.code(), "derived-total", message));
        }
        for (Rule.Outcome outcome : report.broken()) {
            String message = RuleMessages.broken(unit.name(), outcome, report.cells());
            if (outcome.rule().severity() == Severity.ERROR) {
                problems.error(outcome.rule().id(), Reason.RULE_VIOLATION, message);
            } else {
                problems.warn(outcome.rule().id(), "rule-warning", message);
            }
        }
        boolean rejected = report.breaksErrorRule();
        Set<String> derived = report.derived().stream().map(SubmissionRules.DerivedTotal::code).collect(Collectors.toSet());
        return verdict(key, unit, rejected ? SubmissionStatus.REJECTED : SubmissionStatus.ACCEPTED, rows.size(),
                rejected ? 0 : accepted, report.cells(), derived, duplicates, problems);
    }

    private static List<SubmissionVerdict.DuplicateRow> rejectConflicts(SubmittedCells submitted, Problems problems) {
        List<SubmissionVerdict.DuplicateRow> duplicates = new ArrayList<>();
        for (SubmittedCells.Conflict conflict : submitted.conflicts()) {
            duplicates.add(new SubmissionVerdict.DuplicateRow(conflict.row().itemNo(), conflict.message()));
            problems.rowError(conflict.row(), Reason.DUPLICATE_CELL, conflict.message());
        }
        return duplicates;
    }

    private void warnIfNameDisagrees(SubmissionKey key, Unit unit, Problems problems) {
        RegisteredFile file = files.get(key.fileId());
        if (file.nameUnit() != null) {
            run.names().resolve(file.nameUnit(), run.year()).map(UnitMatch::unit)
                    .filter(named -> !named.code().equals(unit.code()))
                    .ifPresent(named -> problems.warn(null, "name-mismatch", "文件名写的单位是" + named.name()
                            + "，表内填报单位是" + unit.name() + "：已按表内单位汇总，请核对文件名"));
        }
        if (file.nameYear() != null && file.nameYear() != run.year()) {
            problems.warn(null, "name-mismatch", "文件名写的年度是" + file.nameYear() + "，表内年度是" + run.year()
                    + "：已按表内年度汇总，请核对文件名");
        }
    }

    private static String years(Unit unit) {
        if (unit.fromYear() != null && unit.toYear() != null) {
            return "报送年度为" + unit.fromYear() + "—" + unit.toYear() + "年";
        }
        return unit.fromYear() != null ? "自" + unit.fromYear() + "年起报送" : "报送至" + unit.toYear() + "年";
    }

    private static SubmissionVerdict verdict(SubmissionKey key, Unit unit, SubmissionStatus status, long read,
                                             long accepted, Map<String, CellValue> cells, Set<String> derived,
                                             List<SubmissionVerdict.DuplicateRow> duplicates, Problems problems) {
        return new SubmissionVerdict(key, unit.type().id(), status, read, accepted, cells, derived, duplicates,
                List.of(), problems.list);
    }

    private List<StoredRow> load(SubmissionKey key) {
        return jdbc.sql("""
                        SELECT item_no, sheet, row_no, cell_ref, code_text, code, raw_value, value_kind, value_num, accepted, reason
                        FROM submitted_row WHERE run_id = ? AND file_id = ? AND unit_code = ? ORDER BY item_no""")
                .params(runId, key.fileId(), key.unitCode())
                .query((rs, n) -> new StoredRow(rs.getInt("item_no"), rs.getString("sheet"), rs.getInt("row_no"),
                        rs.getString("cell_ref"), rs.getString("code_text"),
                        rs.getString("code"), rs.getString("raw_value"),
                        CellValue.stored(rs.getString("value_kind"), rs.getBigDecimal("value_num")), rs.getBoolean("accepted"),
                        rs.getString("reason")))
                .list();
    }

    /** Collects a submission's problems, numbered in the order found. */
    private static final class Problems {
        private final SubmissionKey key;
        private final Unit unit;
        private final List<Problem> list = new ArrayList<>();

        Problems(SubmissionKey key, Unit unit) {
            this.key = key;
            this.unit = unit;
        }

        void error(String code, Reason reason, String message) {
            add(true, null, code, reason.id(), message);
        }

        void warn(String code, String reason, String message) {
            add(false, null, code, reason, message);
        }

        void rowError(StoredRow row, Reason reason, String message) {
            add(true, row, row.code(), reason.id(), message);
        }

        /** A warning about one submitted row, placed at that row (sheet and row number). */
        void rowWarn(StoredRow row, String reason, String message) {
            add(false, row, row.code(), reason, message);
        }

        private void add(boolean error, StoredRow row, String code, String reason, String message) {
            list.add(new Problem(key.fileId(), row == null ? null : row.itemNo(), key.submissionId(), list.size(),
                    error, row == null ? null : row.sheet(), row == null ? null : row.rowNo(), unit.code(),
                    unit.name(), code, row == null ? null : row.rawValue(), reason, message));
        }
    }
}
