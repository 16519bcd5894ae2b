package org.disclosurerollup.reading;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code 填报单位：…} and {@code 年度：…} lines above a form's table ({@code 单位：}, {@code 年份：} and a title's
 * {@code 2024年度} too). The text after the colon may also stand in the next cell to the right.
 */
final class FormHeadLines {

    private static final Pattern UNIT = Pattern.compile("(?:^|\\s)(?:填报单位|报送单位|单位名称|单位)(?:\\(盖章\\))?\\s*:\\s*(.*)",
            Pattern.DOTALL);
    private static final Pattern YEAR = Pattern.compile("(?:^|\\s|报告|统计|填报)(?:年度|年份)\\s*:\\s*(.*)",
            Pattern.DOTALL);
    private static final Pattern TITLE_YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年度");
    /** Where the next {@code key：} of the same cell starts. */
    private static final Pattern NEXT_KEY = Pattern.compile("\\s+\\S{1,6}\\s*:");
    /** A cell that starts with its own {@code key：} (the {@code 年度：} beside an empty {@code 填报单位：}) is no value. */
    private static final Pattern KEY = Pattern.compile("\\S{1,6}\\s*:");
    private static final Pattern UNIT_WORD = Pattern.compile("万元|元|条|件|次|篇|个|人|人次|项");

    private String unit;
    private OfficialFormReading.Place blankUnit;
    private String year;
    private String titleYear;

    /** Looks at the rows of a sheet above {@code belowRow} (0-based, exclusive). */
    void read(FormGrid grid, int belowRow) {
        for (int r = 0; r < Math.min(belowRow, grid.rows()); r++) {
            for (int c = 0; c < grid.columns(); c++) {
                if (grid.isAnchor(r, c) && grid.kind(r, c) == FormGrid.Kind.TEXT) {
                    readCell(grid, r, c);
                }
            }
        }
    }

    String unit() {
        return unit;
    }

    /** Where a {@code 填报单位：} line stands with nothing after it, when the form names no unit; else null. */
    OfficialFormReading.Place blankUnit() {
        return unit == null ? blankUnit : null;
    }

    String year() {
        return year != null ? year : titleYear;
    }

    private void readCell(FormGrid grid, int row, int column) {
        String text = Normalizer.normalize(grid.text(row, column), Normalizer.Form.NFKC).strip();
        Matcher unitLine = UNIT.matcher(text);
        if (unit == null && unitLine.find()) {
            String found = valueAfterKey(unitLine.group(1), grid, row, column);
            unit = found == null || UNIT_WORD.matcher(found).matches() ? null : found;
            if (found == null && blankUnit == null) {
                blankUnit = new OfficialFormReading.Place(grid.sheetName(), FormGrid.cellRef(row, column));
            }
        }
        Matcher yearLine = YEAR.matcher(text);
        if (year == null && yearLine.find()) {
            year = valueAfterKey(yearLine.group(1), grid, row, column);
        }
        Matcher title = TITLE_YEAR.matcher(text);
        if (titleYear == null && title.find()) {
            titleYear = title.group(1);
        }
    }

    private static String valueAfterKey(String rest, FormGrid grid, int row, int column) {
        Matcher next = NEXT_KEY.matcher(rest);
        String value = (next.find() ? rest.substring(0, next.start()) : rest).strip();
        if (!value.isEmpty()) {
            return value;
        }
        for (int c = column + 1; c < grid.columns(); c++) {
            if (grid.kind(row, c) != FormGrid.Kind.BLANK && !grid.sameCell(row, c, row, column)) {
                String beside = grid.text(row, c).strip();
                return KEY.matcher(Normalizer.normalize(beside, Normalizer.Form.NFKC)).lookingAt() ? null : beside;
            }
        }
        return null;
    }
}
