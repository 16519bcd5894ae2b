package org.disclosurerollup.reading;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvMalformedLineException;
import com.opencsv.exceptions.CsvMultilineLimitBrokenException;
import com.opencsv.exceptions.CsvValidationException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The data rows of a CSV file. A record that opencsv cannot parse (an unterminated quote) becomes a malformed row and
 * reading goes on at the next physical line: the text is marked before every record so it can be re-read. So does a
 * record that runs on over several lines only because of a double quote in mid-cell, and a row with more non-blank
 * fields than the header.
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
    /** Fields in the header record, once read; -1 before. */
    private int headerWidth = -1;

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
            } else if (startLine == header.headerRow()) {
                headerWidth = fields.length;
            } else if (startLine > header.headerRow() && !CsvText.allBlank(fields)) {
                int endLine = linesBefore + (int) csv.getLinesRead();
                RawRow ranOn = endLine > startLine ? afterStrayQuote(startLine, endLine) : null;
                return ranOn != null ? ranOn : row(startLine, fields);
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

    /**
     * Re-reads a record that spans lines {@code startLine..endLine}: when it ends earlier under {@link StrictQuotes},
     * a quote in mid-cell swallowed the lines after it, so the record is malformed and reading goes on after the
     * line where it should have ended. Null when the record is as it should be (or too long to re-read).
     */
    private RawRow afterStrayQuote(int startLine, int endLine) throws IOException {
        try {
            text.reset();
        } catch (IOException tooFarToGoBack) {
            return null;
        }
        StrictQuotes quotes = new StrictQuotes(delimiter);
        int line = startLine;
        for (String raw = text.readLine(); raw != null && !quotes.endsRecord(raw) && line < endLine; ) {
            raw = text.readLine();
            line++;
        }
        if (line == endLine) {
            return null;
        }
        linesBefore = line;
        csv = CsvText.csv(text, delimiter);
        return problem(startLine, "这一行单元格中间有不成对的双引号，会把下面的行连成一条记录：请删掉这个双引号，"
                + "或把整个单元格用双引号括起来、其中的双引号写成两个（\"\"）");
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
        if (problem == null && headerWidth >= 0 && fields.length > headerWidth
                && !CsvText.allBlank(Arrays.copyOfRange(fields, headerWidth, fields.length))) {
            problem = moreFieldsThanTheHeader(fields.length);
        }
        if (problem != null) {
            fields = truncated(fields);
        }
        return new RawRow("", startLine, "", field(fields, Column.UNIT), field(fields, Column.YEAR),
                field(fields, Column.CODE), field(fields, Column.INDICATOR), field(fields, Column.COLUMN),
                field(fields, Column.VALUE), problem);
    }

    private String moreFieldsThanTheHeader(int fields) {
        String fix = delimiter == ','
                ? "数值中的千分位逗号请加引号（如 \"1,234\"）或去掉逗号，其他多余内容请删除"
                : "多余的内容请删除，或在表头为它补上列名";
        return "这一行有" + fields + "个字段，比表头多" + (fields - headerWidth) + "个：" + fix;
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
