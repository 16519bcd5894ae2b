package org.disclosurerollup.reading;

import java.nio.charset.Charset;
import java.text.Normalizer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurerollup.audit.Reason;

/** What inspecting a submission file found: how to read it, or why it cannot be read. */
public sealed interface FileInspection {

    /**
     * @param fileType  {@code "csv"}, {@code "xlsx"} or {@code "xls"}
     * @param charset   a CSV file's charset; null for Excel
     * @param bom       the CSV file starts with a UTF-8 byte order mark (skipped when reading)
     * @param delimiter a CSV file's {@code ,} {@code \t} or {@code ;}
     * @param sheet     for Excel, the sheet that holds the long layout; null for CSV and official forms
     * @param form      for an Excel file in the official-form layout, what its tables hold; null otherwise (with a
     *                  sheet too: the layout of a file rejected for holding both, whose rows are counted)
     * @param lowerAreaRun for the consolidated workbook this tool wrote for a lower area (its whole-area sheet is the
     *                  form), the run it comes from and the units its total lacks; null otherwise
     */
    record Readable(String fileType, Charset charset, boolean bom, char delimiter, HeaderMap header, ExcelSheet sheet,
                    OfficialFormReading.Form form, LowerAreaRun lowerAreaRun) implements FileInspection {

        /** A year as written in a form's {@code 年度} line. */
        private static final Pattern FOUR_DIGITS = Pattern.compile("(?<!\\d)\\d{4}(?!\\d)");

        /** A CSV file. */
        public Readable(String fileType, Charset charset, boolean bom, char delimiter, HeaderMap header) {
            this(fileType, charset, bom, delimiter, header, null, null, null);
        }

        static Readable excel(String fileType, ExcelSheet sheet, HeaderMap header) {
            return new Readable(fileType, null, false, ',', header, sheet, null, null);
        }

        /**
         * An official form: its values become rows with a code, the labels as indicator and column, and the unit and
         * year of its {@code 填报单位}/{@code 年度} lines when it has them (the header says which).
         */
        static Readable officialForm(String fileType, OfficialFormReading.Form form) {
            return officialForm(fileType, form, null);
        }

        /** A lower area's consolidated workbook: its whole-area sheet read as an official form. */
        static Readable officialForm(String fileType, OfficialFormReading.Form form, LowerAreaRun lowerAreaRun) {
            Map<Column, Integer> columns = new EnumMap<>(Column.class);
            if (form.unit() != null) {
                columns.put(Column.UNIT, columns.size());
            }
            if (form.year() != null) {
                columns.put(Column.YEAR, columns.size());
            }
            for (Column column : List.of(Column.CODE, Column.INDICATOR, Column.COLUMN, Column.VALUE)) {
                columns.put(column, columns.size());
            }
            return new Readable(fileType, null, false, ',', new HeaderMap(columns, 0), null, form, lowerAreaRun);
        }

        /** This long layout with an official form besides (a file rejected whole, the rows of both counted). */
        Readable withForm(OfficialFormReading.Form officialForm) {
            return new Readable(fileType, charset, bom, delimiter, header, sheet, officialForm, lowerAreaRun);
        }

        /** The official template the file's form is in, when it is an official form. */
        public Optional<String> formTemplate() {
            return Optional.ofNullable(form).map(OfficialFormReading.Form::template);
        }

        /** The year written in the form's {@code 年度} line, when it is an official form that has one. */
        public Optional<String> formYear() {
            return Optional.ofNullable(form).map(OfficialFormReading.Form::year);
        }

        /** The four-digit year in the form's {@code 年度} line ({@code 2024年度} → 2024), when it has one. */
        public Optional<Integer> formYearNumber() {
            return formYear().map(text -> FOUR_DIGITS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)))
                    .filter(Matcher::find).map(digits -> Integer.parseInt(digits.group()));
        }

        /** The charset's name for a CSV file; null for Excel, which has none to speak of. */
        public String encoding() {
            return charset == null ? null : charset.name();
        }
    }

    /**
     * @param message Chinese, says what to fix
     * @param layout  for a file with a header that lacks a required column, or whose reading failed part way: how its
     *                rows can still be counted (they are all rejected with the file); null otherwise
     */
    record Unreadable(Reason reason, String message, Readable layout) implements FileInspection {

        public Unreadable(Reason reason, String message) {
            this(reason, message, null);
        }
    }
}
