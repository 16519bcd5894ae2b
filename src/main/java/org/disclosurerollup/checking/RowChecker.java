package org.disclosurerollup.checking;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurerollup.audit.Problem;
import org.disclosurerollup.audit.ProblemLevel;
import org.disclosurerollup.audit.Reason;
import org.disclosurerollup.audit.Texts;
import org.disclosurerollup.catalog.Catalog;
import org.disclosurerollup.catalog.CatalogCell;
import org.disclosurerollup.intake.YearRun;
import org.disclosurerollup.reading.RawRow;
import org.disclosurerollup.reading.SourceRow;
import org.disclosurerollup.register.UnitMatch;
import org.disclosurerollup.register.UnknownUnitAdvice;
import org.disclosurerollup.submission.CellValue;
import org.disclosurerollup.submission.ValueKind;

/**
 * The row checks: which unit, which year, which cell, which value. A row that fails is rejected with a reason code and
 * a message saying what to fix; nothing is thrown for bad input. One checker per thread (it remembers the units it
 * has resolved).
 */
public class RowChecker {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})(年度?)?");
    /** Texts remembered with what they resolved to; a hostile file may write a different one in every row. */
    private static final int MAX_REMEMBERED = 10_000;

    private final YearRun run;
    private final CellFinder cells;
    private final Map<String, Optional<UnitMatch>> unitsByText = new HashMap<>();
    /** What each year text written in the rows says (most files write one or two). */
    private final Map<String, Optional<YearProblem>> yearProblems = new HashMap<>();
    private final ValueParser values = new ValueParser();
    private final UnknownUnitAdvice unknownUnit;

    public RowChecker(YearRun run, Catalog catalog) {
        this.run = run;
        this.cells = new CellFinder(run, catalog);
        this.unknownUnit = new UnknownUnitAdvice(run.register(), run.year(), run.district());
    }

    /** @param fileNameUnit the unit the file's name gives, for rows that name none */
    public CheckedRow check(SourceRow source, String fileNameUnit) {
        RawRow row = source.row();
        Draft draft = new Draft(source);
        boolean unitFromFileName = !present(row.unit());
        String unitText = unitFromFileName ? fileNameUnit : row.unit().strip();
        Optional<UnitMatch> unit = !present(unitText) ? Optional.empty()
                : unitsByText.size() < MAX_REMEMBERED
                ? unitsByText.computeIfAbsent(unitText, text -> run.names().resolve(text, run.year()))
                : unitsByText.getOrDefault(unitText, run.names().resolve(unitText, run.year()));
        draft.unitText = unitText;
        unit.ifPresent(match -> draft.unitCode = match.unit().code());
        if (row.problem() != null) {
            return draft.reject(null, Reason.MALFORMED_ROW, row.problem());
        }
        if (!present(unitText)) {
            return draft.reject(null, Reason.MALFORMED_ROW, "此行没有填写单位：请填写“单位”列");
        }
        if (unit.isEmpty()) {
            return draft.reject(null, Reason.UNKNOWN_UNIT, unitFromFileName
                    ? "此行没有填写单位，文件名中的" + Texts.quote(unitText) + "也不是名单中的单位：请在“单位”列填写单位名称"
                    : "单位" + Texts.quote(unitText) + "不在报送名单中"
                    + unknownUnit.after(unitText, "请使用名单中的单位名称，或在单位名单（units.csv）中补充别名"));
        }
        if (present(row.year())) {
            Optional<YearProblem> yearProblem = yearProblems.size() < MAX_REMEMBERED
                    ? yearProblems.computeIfAbsent(row.year(), this::checkYear) : checkYear(row.year());
            if (yearProblem.isPresent()) {
                return draft.reject(null, Reason.YEAR_MISMATCH, yearProblem.get().message(), yearProblem.get().year());
            }
        }
        CellFinder.CodeLookup lookup = cells.find(row);
        if (lookup.cell() == null) {
            return draft.reject(null, lookup.reason(), lookup.message());
        }
        CatalogCell cell = lookup.cell();
        if (!cell.carriesValue()) {
            ValueKind blank = headingValue(row.value());
            if (blank == null) {
                return draft.reject(cell.code(), Reason.UNKNOWN_CODE, cell.code() + "“" + cell.rowLabel()
                        + "”是标题行，不填数值：请把数值填到其下的具体指标");
            }
            return draft.accept(cell.code(), blank == ValueKind.NA ? CellValue.NA : CellValue.EMPTY, List.of());
        }
        ValueReading reading = values.read(row.value(), cell);
        if (reading instanceof ValueReading.Rejected rejected) {
            return draft.reject(cell.code(), rejected.reason(), rejected.message());
        }
        ValueReading.Accepted accepted = (ValueReading.Accepted) reading;
        return draft.accept(cell.code(), accepted.value(), accepted.notes());
    }

    /** A row's year that is not the run's: why, and the year it names (null when it names none). */
    private record YearProblem(String message, Integer year) {
    }

    private Optional<YearProblem> checkYear(String text) {
        Matcher year = YEAR.matcher(nfkc(text).replaceAll("\\s", ""));
        if (!year.matches()) {
            return Optional.of(new YearProblem("年度" + Texts.quote(text) + "不是年份：请填写四位数年份，如" + run.year(),
                    null));
        }
        int value = Integer.parseInt(year.group(1));
        if (value != run.year()) {
            return Optional.of(new YearProblem("此行的年度是" + value + "年，本次汇总的是" + run.year() + "年度："
                    + "如是" + run.year() + "年的数，请把年度改为" + run.year() + "；" + value + "年的数不要报在"
                    + run.year() + "年的报表中", value));
        }
        return Optional.empty();
    }

    /** A heading row may come with a blank or a dash; returns null when it carries something else. */
    private static ValueKind headingValue(String text) {
        if (!present(text)) {
            return ValueKind.EMPTY;
        }
        String value = nfkc(text).strip();
        return value.matches("[-—–/]+|——") ? ValueKind.NA : null;
    }

    private static String nfkc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    /** The parts of a checked row known so far. */
    private static final class Draft {
        private final SourceRow source;
        private String unitText;
        private String unitCode;

        Draft(SourceRow source) {
            this.source = source;
            this.unitText = source.row().unit();
        }

        CheckedRow reject(String code, Reason reason, String message) {
            return reject(code, reason, message, null);
        }

        CheckedRow reject(String code, Reason reason, String message, Integer otherYear) {
            RawRow row = source.row();
            Problem problem = new Problem(source.fileId(), source.itemNo(), ProblemLevel.ROW, 0, true, row.sheet(), row.rowNumber(),
                    unitCode, unitText, code != null ? code : shownCode(row), row.value(), reason.id(), message);
            return new CheckedRow(source.fileId(), source.itemNo(), row.sheet(), row.rowNumber(), row.cellRef(),
                    unitText, unitCode, codeText(row), code, row.value(), null, reason, message, List.of(problem),
                    otherYear);
        }

        CheckedRow accept(String code, CellValue value, List<ValueReading.Note> notes) {
            RawRow row = source.row();
            List<Problem> problems = new ArrayList<>();
            for (ValueReading.Note note : notes) {
                problems.add(new Problem(source.fileId(), source.itemNo(), ProblemLevel.ROW, problems.size(), false, row.sheet(),
                        row.rowNumber(), unitCode, unitText, code, row.value(), note.id(), note.message()));
            }
            return new CheckedRow(source.fileId(), source.itemNo(), row.sheet(), row.rowNumber(), row.cellRef(),
                    unitText, unitCode, codeText(row), code, row.value(), value, null, null, problems, null);
        }

        private static String shownCode(RawRow row) {
            return present(row.code()) ? row.code() : row.indicator();
        }

        private static String codeText(RawRow row) {
            if (present(row.code())) {
                return row.code();
            }
            return present(row.column()) ? row.indicator() + " / " + row.column() : row.indicator();
        }
    }
}
