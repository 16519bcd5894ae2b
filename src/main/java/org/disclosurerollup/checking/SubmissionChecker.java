package org.disclosurerollup.checking;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.disclosurerollup.audit.Problem;
import org.disclosurerollup.audit.ProblemLevel;
import org.disclosurerollup.audit.Reason;
import org.disclosurerollup.catalog.Rule;
import org.disclosurerollup.catalog.Severity;
import org.disclosurerollup.intake.FileNameInfo;
import org.disclosurerollup.intake.YearRun;
import org.disclosurerollup.reading.LowerAreaRun;
import org.disclosurerollup.register.Unit;
import org.disclosurerollup.register.UnitMatch;
import org.disclosurerollup.submission.CellValue;
import org.disclosurerollup.submission.Figures;
import org.disclosurerollup.submission.SubmissionStatus;

/**
 * Checks one submission as a whole — expected unit, year, template, duplicate cells, derived totals and the template's
 * rules — and decides whether it is accepted or rejected.
 */
final class SubmissionChecker {

    private final YearRun run;
    private final SubmissionRules rules;

    SubmissionChecker(YearRun run) {
        this.run = run;
        this.rules = new SubmissionRules(run.template());
    }

    /** A unit's file rejected whole at reading: its submission, rejected (or not expected this year). */
    SubmissionVerdict rejectedWhole(int fileId, Unit unit, long rowsRead) {
        SubmissionStatus status = unit.expectedIn(run.year()) ? SubmissionStatus.REJECTED : SubmissionStatus.UNEXPECTED;
        return new SubmissionVerdict(fileId, unit.code(), unit.type().id(), status, rowsRead, 0, 0, Map.of(), Set.of(),
                List.of(), List.of());
    }

    /** @param fileName what the file's name says (a warning when it names another unit or year than the rows) */
    SubmissionVerdict check(int fileId, FileNameInfo fileName, SubmissionRows rows) {
        Unit unit = run.register().byCode(rows.unitCode()).orElseThrow();
        Problems problems = new Problems(fileId, unit);
        if (!unit.expectedIn(run.year())) {
            problems.error(null, Reason.UNKNOWN_UNIT, unit.name() + "不在" + run.year() + "年的报送名单中（"
                    + years(unit) + "）：此表不计入汇总；如单位已更名，请用新名称报送");
            return verdict(fileId, unit, SubmissionStatus.UNEXPECTED, rows, 0, Map.of(), Set.of(), List.of(), problems);
        }
        warnIfNameDisagrees(fileName, unit, problems);
        List<Integer> otherYears = rows.otherYears();
        if (!otherYears.isEmpty()) {
            String years = otherYears.stream().map(String::valueOf).collect(Collectors.joining("、"));
            problems.error(null, Reason.YEAR_MISMATCH, unit.name() + "报来的是" + years + "年度的报表（全部" + rows.read()
                    + "行的年度都是" + years + "年），不是" + run.year() + "年度的：请报送" + run.year() + "年度的报表");
            return verdict(fileId, unit, SubmissionStatus.REJECTED, rows, 0, Map.of(), Set.of(),
                    rows.anotherYearRows(), problems);
        }
        List<String> foreign = rows.foreignTemplates();
        if (!foreign.isEmpty()) {
            problems.error(null, Reason.TEMPLATE_MISMATCH, unit.name() + "的报表是" + String.join("、", foreign)
                    + "格式，" + run.year() + "年应按" + run.template().id() + "格式填报：请使用本年度的填报模板重新填报");
            return verdict(fileId, unit, SubmissionStatus.REJECTED, rows, 0, Map.of(), Set.of(),
                    rows.unknownCodeRows(), problems);
        }
        SubmittedCells submitted = SubmittedCells.withoutConflicts(rows.acceptedByCode());
        submitted.conflicts().forEach(conflict -> problems.rowError(conflict.row(), Reason.DUPLICATE_CELL,
                conflict.message()));
        long accepted = rows.accepted() - submitted.conflicts().size();
        Map<String, CellValue> cells = submitted.cells();
        if (cells.isEmpty()) {
            return verdict(fileId, unit, SubmissionStatus.REJECTED, rows, 0, Map.of(), Set.of(), List.of(), problems);
        }
        SubmissionRules.Report report = rules.check(cells, unit.type().id());
        for (SubmissionRules.DerivedTotal total : report.derived()) {
            Optional<GivenRow> blank = rows.firstOf(total.code());
            String message = RuleMessages.derived(unit.name(), total, run.template().cell(total.code()).orElseThrow(),
                    blank.map(GivenRow::cellRef).orElse(null));
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
        Optional<String> tooLarge = report.cells().entrySet().stream()
                .filter(cell -> cell.getValue().number() != null && !Figures.fits(cell.getValue().number()))
                .map(Map.Entry::getKey).findFirst();
        tooLarge.ifPresent(code -> problems.error(code, Reason.TYPE_ERROR, unit.name() + "的" + code + "合计为"
                + report.cells().get(code).number().toPlainString() + "，数值过大：请核对各项数值后重新报送"));
        boolean rejected = report.breaksErrorRule() || tooLarge.isPresent();
        Set<String> derived = report.derived().stream().map(SubmissionRules.DerivedTotal::code)
                .collect(Collectors.toSet());
        return verdict(fileId, unit, rejected ? SubmissionStatus.REJECTED : SubmissionStatus.ACCEPTED, rows,
                rejected ? 0 : accepted, tooLarge.isPresent() ? Map.of() : report.cells(), derived, List.of(),
                problems);
    }

    /**
     * A warning on a lower area's submission whose total lacks units: the level above counts the area's figures as the
     * area summed them, without those units'.
     */
    Problem lowerAreaGaps(SubmissionVerdict verdict, LowerAreaRun run) {
        Unit unit = unit(verdict.unitCode());
        return new Problem(verdict.fileId(), null, ProblemLevel.SUBMISSION, verdict.problems().size(), false, null,
                null, unit.code(), unit.name(), null, null, "lower-area-gaps", unit.name() + "的汇总（运行 #" + run.run()
                + "）不全——" + run.gaps() + "：计入的是" + unit.name() + "汇总时的数字，不含这些单位；"
                + "请督促补报或更正后，由" + unit.name() + "重新汇总、再报送汇总表");
    }

    private Unit unit(String unitCode) {
        return run.register().byCode(unitCode).orElseThrow();
    }

    private void warnIfNameDisagrees(FileNameInfo fileName, Unit unit, Problems problems) {
        if (fileName.unit() != null) {
            run.names().resolve(fileName.unit(), run.year()).map(UnitMatch::unit)
                    .filter(named -> !named.code().equals(unit.code()))
                    .ifPresent(named -> problems.warn(null, "name-mismatch", "文件名写的单位是" + named.name()
                            + "，表内填报单位是" + unit.name() + "：已按表内单位汇总，请核对文件名"));
        }
        if (fileName.year() != null && fileName.year() != run.year()) {
            problems.warn(null, "name-mismatch", "文件名写的年度是" + fileName.year() + "，表内年度是" + run.year()
                    + "：已按表内年度汇总，请核对文件名");
        }
    }

    private static String years(Unit unit) {
        if (unit.fromYear() != null && unit.toYear() != null) {
            return "报送年度为" + unit.fromYear() + "—" + unit.toYear() + "年";
        }
        return unit.fromYear() != null ? "自" + unit.fromYear() + "年起报送" : "报送至" + unit.toYear() + "年";
    }

    private static SubmissionVerdict verdict(int fileId, Unit unit, SubmissionStatus status, SubmissionRows rows,
                                             long accepted, Map<String, CellValue> cells, Set<String> derived,
                                             List<Integer> covered, Problems problems) {
        return new SubmissionVerdict(fileId, unit.code(), unit.type().id(), status, rows.read(), accepted,
                rows.ofAnotherYear(), cells, derived, covered, problems.list);
    }

    /** Collects a submission's problems, numbered in the order found. */
    private static final class Problems {
        private final int fileId;
        private final Unit unit;
        private final List<Problem> list = new ArrayList<>();

        Problems(int fileId, Unit unit) {
            this.fileId = fileId;
            this.unit = unit;
        }

        void error(String code, Reason reason, String message) {
            add(true, null, code, reason.id(), message);
        }

        void warn(String code, String reason, String message) {
            add(false, null, code, reason, message);
        }

        void rowError(GivenRow row, Reason reason, String message) {
            add(true, row, row.code(), reason.id(), message);
        }

        /** A warning about one submitted row, placed at that row (sheet and row number). */
        void rowWarn(GivenRow row, String reason, String message) {
            add(false, row, row.code(), reason, message);
        }

        private void add(boolean error, GivenRow row, String code, String reason, String message) {
            list.add(new Problem(fileId, row == null ? null : row.itemNo(),
                    row == null ? ProblemLevel.SUBMISSION : ProblemLevel.ROW, list.size(), error,
                    row == null ? null : row.sheet(), row == null ? null : row.rowNo(), unit.code(), unit.name(), code,
                    row == null ? null : row.rawValue(), reason, message));
        }
    }
}
