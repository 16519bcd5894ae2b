package org.disclosurerollup.reading;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvMalformedLineException;
import com.opencsv.exceptions.CsvMultilineLimitBrokenException;
import com.opencsv.exceptions.CsvValidationException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The data rows of a CSV file. A record that opencsv cannot parse (an unterminated quote) becomes a malformed row and
 * reading goes on at the next physical line: the text is marked before every record so it can be re-read.
 */
final class CsvRowSource implements RowSource {

    /** Enough for any sane record; a longer broken record ends the file instead of being re-read. */
    private static final int MARK_LIMIT = 64 * 1024;

    private final BufferedReader text;
    private final char delimiter;
    private final HeaderMap header;
    private CSVReader csv;
    /** Physical lines consumed before {@link #csv} was created. */
    private int linesBefore;
    private boolean finished;

    CsvRowSource(Path file, FileInspection.Readable how) throws IOException {
        this.text = CsvText.open(file, how.charset(), how.bom());
        this.delimiter = how.delimiter();
        this.header = how.header();
        this.csv = CsvText.csv(text, delimiter);
    }

    @Override
    public RawRow next() throws IOException {
        while (!finished) {
            int startLine = linesBefore + (int) csv.getLinesRead() + 1;
            String[] fields;
            try {
                text.mark(MARK_LIMIT);
                fields = csv.readNext();
            } catch (CsvMalformedLineException | CsvMultilineLimitBrokenException e) {
                return afterUnparsableRecord(startLine);
            } catch (LineLengthGuard.LineTooLongException e) {
                finished = true;
                return problem(startLine, "这一行超过" + e.maxLineChars() + "个字符，不像正常的数据行；这一行及之后的内容都没有读取：请检查文件内容");
            } catch (CsvValidationException e) {
                throw new IOException(e.getMessage(), e);
            }
            if (fields == null) {
                finished = true;
            } else if (startLine > header.headerRow() && !CsvText.allBlank(fields)) {
                return row(startLine, fields);
            }
        }
        return null;
    }

    /** Goes back to the record's first line, skips just that line and carries on with a fresh parser. */
    private RawRow afterUnparsableRecord(int startLine) throws IOException {
        String message = "从这一行开始的双引号没有配对结束（引号内的内容最多可跨" + CsvText.MULTILINE_LIMIT
                + "行）：请检查这一行的双引号";
        try {
            text.reset();
            text.readLine();
        } catch (IOException tooFarToGoBack) {
            finished = true;
            return problem(startLine, message + "；这一行之后的内容都没有读取");
        }
        linesBefore = startLine;
        csv = CsvText.csv(text, delimiter);
        return problem(startLine, message);
    }

    private RawRow row(int startLine, String[] fields) {
        String problem = null;
        for (int i = 0; i < fields.length && problem == null; i++) {
            if (fields[i].length() > CsvText.MAX_FIELD_CHARS) {
                problem = "第" + (i + 1) + "个字段超过" + CsvText.MAX_FIELD_CHARS + "个字符：请检查双引号是否成对、该单元格内容是否正确";
            }
        }
        if (problem == null && fields.length < header.fieldsNeeded()) {
            problem = "这一行只有" + fields.length + "个字段，读不到第" + header.fieldsNeeded() + "列“"
                    + Column.VALUE.label() + "”：请检查分隔符，或补齐缺少的列";
        }
        if (problem != null) {
            fields = truncated(fields);
        }
        return new RawRow("", startLine, "", field(fields, Column.UNIT), field(fields, Column.YEAR),
                field(fields, Column.CODE), field(fields, Column.INDICATOR), field(fields, Column.COLUMN),
                field(fields, Column.VALUE), problem);
    }

    /** Raw text of the column; null when the header has no such column, "" when the row ends before it. */
    private String field(String[] fields, Column column) {
        int position = header.position(column);
        if (position < 0) {
            return null;
        }
        return position < fields.length ? fields[position] : "";
    }

    /** A malformed row still shows what it held, but no field that could flood the report. */
    private static String[] truncated(String[] fields) {
        String[] shown = fields.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i].length() > 100) {
                shown[i] = shown[i].substring(0, 100) + "…";
            }
        }
        return shown;
    }

    private static RawRow problem(int startLine, String message) {
        return new RawRow("", startLine, "", null, null, null, null, null, null, message);
    }

    @Override
    public void close() throws IOException {
        finished = true;
        text.close();
    }
}
