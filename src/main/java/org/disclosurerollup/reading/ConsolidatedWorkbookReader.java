package org.disclosurerollup.reading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.disclosurerollup.submission.SubmissionStatus;

/**
 * Recognises the consolidated workbook this tool wrote for an area — its first sheet the whole-area table (全区, 全县,
 * 全市 …), with the sheets {@value ConsolidatedWorkbookFormat#RUN_SHEET} and
 * {@value ConsolidatedWorkbookFormat#STATUS_SHEET} — and reads what the level above needs besides the table: the run
 * and the area's units that its total lacks.
 */
final class ConsolidatedWorkbookReader {

    /** Rows of a sheet looked at: a province's status sheet has a line per unit of every city. */
    private static final int MAX_ROWS = 200_000;
    private static final Pattern WHOLE_AREA_SHEET = Pattern.compile("全[区县市州省旗盟]");
    private static final Pattern GAPS = Pattern.compile("(缺报|被退回|下级汇总不全)：");

    /** The whole-area sheet's index, when the workbook is one this tool wrote. */
    Optional<Integer> wholeAreaSheet(Workbook book) {
        if (book.getSheet(ConsolidatedWorkbookFormat.RUN_SHEET) == null
                || book.getSheet(ConsolidatedWorkbookFormat.STATUS_SHEET) == null || book.getNumberOfSheets() < 3) {
            return Optional.empty();
        }
        return WHOLE_AREA_SHEET.matcher(book.getSheetName(0)).matches() ? Optional.of(0) : Optional.empty();
    }

    /** The run the workbook comes from and its gaps; empty when its run facts do not name the area, year and run. */
    Optional<LowerAreaRun> run(Workbook book) {
        Map<String, String> facts = keyValues(book.getSheet(ConsolidatedWorkbookFormat.RUN_SHEET));
        String area = facts.getOrDefault(ConsolidatedWorkbookFormat.AREA,
                facts.get(ConsolidatedWorkbookFormat.AREA_BEFORE));
        Optional<Long> year = number(facts.get(ConsolidatedWorkbookFormat.YEAR));
        Optional<Long> run = number(facts.get(ConsolidatedWorkbookFormat.RUN));
        if (area == null || area.isBlank() || year.isEmpty() || run.isEmpty()) {
            return Optional.empty();
        }
        Gaps gaps = gaps(book.getSheet(ConsolidatedWorkbookFormat.STATUS_SHEET));
        return Optional.of(new LowerAreaRun(area.strip(), year.get().intValue(), run.get(),
                facts.getOrDefault(ConsolidatedWorkbookFormat.FINGERPRINT, ""),
                facts.getOrDefault(ConsolidatedWorkbookFormat.EXPORTED, ""), List.copyOf(gaps.missing),
                gaps.rejectedOnly(), List.copyOf(gaps.incomplete)));
    }

    private static Map<String, String> keyValues(Sheet sheet) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Row row : sheet) {
            if (row.getRowNum() > MAX_ROWS) {
                break;
            }
            String key = ExcelCellText.of(row.getCell(0));
            if (key != null && !key.isBlank()) {
                values.putIfAbsent(key.strip(), Optional.ofNullable(ExcelCellText.of(row.getCell(1))).orElse("").strip());
            }
        }
        return values;
    }

    /** The units of the status sheet that sent nothing, those rejected (and not accepted), and the incomplete areas. */
    private static Gaps gaps(Sheet sheet) {
        Gaps gaps = new Gaps();
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (Row row : sheet) {
            if (row.getRowNum() > MAX_ROWS) {
                break;
            }
            if (columns.isEmpty()) {
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    String header = ExcelCellText.of(row.getCell(c));
                    if (header != null) {
                        columns.putIfAbsent(header.strip(), c);
                    }
                }
                continue;
            }
            String code = text(row, columns.get(ConsolidatedWorkbookFormat.STATUS_UNIT_CODE));
            String unit = text(row, columns.get(ConsolidatedWorkbookFormat.STATUS_UNIT));
            String status = text(row, columns.get(ConsolidatedWorkbookFormat.STATUS));
            String note = text(row, columns.get(ConsolidatedWorkbookFormat.STATUS_NOTE));
            if (code.isEmpty() || unit.isEmpty()) {
                continue;
            }
            if (status.equals(SubmissionStatus.MISSING.label())) {
                gaps.missing.add(unit);
            } else if (status.equals(SubmissionStatus.REJECTED.label())) {
                gaps.rejected.add(unit);
            } else if (status.equals(SubmissionStatus.ACCEPTED.label())) {
                gaps.accepted.add(unit);
                Matcher lacks = GAPS.matcher(note);
                if (lacks.find()) {
                    gaps.incomplete.add(unit + "（" + note.substring(lacks.start()) + "）");
                }
            }
        }
        return gaps;
    }

    private static String text(Row row, Integer column) {
        String text = column == null ? null : ExcelCellText.of(row.getCell(column));
        return text == null ? "" : text.strip();
    }

    private static Optional<Long> number(String text) {
        if (text == null || !text.strip().matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(text.strip()));
    }

    private static final class Gaps {
        final Set<String> missing = new LinkedHashSet<>();
        final Set<String> rejected = new LinkedHashSet<>();
        final Set<String> accepted = new LinkedHashSet<>();
        final Set<String> incomplete = new LinkedHashSet<>();

        List<String> rejectedOnly() {
            List<String> only = new ArrayList<>(rejected);
            only.removeAll(accepted);
            return only;
        }
    }
}
