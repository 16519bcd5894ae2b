package org.disclosurerollup.demo;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/** How a long-layout CSV file is written: encoding, byte-order mark, separator, and which columns under which headers. */
record LongCsvLayout(Charset charset, boolean byteOrderMark, char separator, List<Column> columns) {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** A column: its header text and the row field it shows. */
    record Column(String header, Function<LongRow, String> field) {
        static final Column UNIT = new Column("单位", LongRow::unit);
        static final Column YEAR = new Column("年度", LongRow::year);
        static final Column CODE = new Column("指标代码", LongRow::code);
        static final Column INDICATOR = new Column("指标名称", LongRow::indicator);
        static final Column VALUE = new Column("数值", LongRow::value);

        Column named(String otherHeader) {
            return new Column(otherHeader, field);
        }
    }

    LongCsvLayout {
        columns = List.copyOf(columns);
    }

    /** UTF-8 without BOM, comma-separated, header {@code 单位,年度,指标代码,指标名称,数值}. */
    static LongCsvLayout standard() {
        return new LongCsvLayout(StandardCharsets.UTF_8, false, ',',
                List.of(Column.UNIT, Column.YEAR, Column.CODE, Column.INDICATOR, Column.VALUE));
    }

    LongCsvLayout encodedIn(Charset otherCharset) {
        return new LongCsvLayout(otherCharset, byteOrderMark, separator, columns);
    }

    LongCsvLayout withByteOrderMark() {
        return new LongCsvLayout(charset, true, separator, columns);
    }

    LongCsvLayout separatedBy(char otherSeparator) {
        return new LongCsvLayout(charset, byteOrderMark, otherSeparator, columns);
    }

    LongCsvLayout withColumns(Column... otherColumns) {
        return new LongCsvLayout(charset, byteOrderMark, separator, List.of(otherColumns));
    }

    byte[] render(List<LongRow> rows) {
        StringWriter text = new StringWriter();
        try (ICSVWriter csv = new CSVWriterBuilder(text).withSeparator(separator).withLineEnd("\n").build()) {
            csv.writeNext(columns.stream().map(Column::header).toArray(String[]::new), false);
            for (LongRow row : rows) {
                csv.writeNext(columns.stream().map(column -> column.field().apply(row)).toArray(String[]::new), false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (byteOrderMark) {
            bytes.writeBytes(UTF8_BOM);
        }
        bytes.writeBytes(text.toString().getBytes(charset));
        return bytes.toByteArray();
    }
}
