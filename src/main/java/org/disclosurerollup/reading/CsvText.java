package org.disclosurerollup.reading;

import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.ICSVParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/** How this feature opens CSV text: explicit charset, strict decoding, bounded lines and records, RFC 4180 quotes. */
final class CsvText {

    /** A field longer than this makes its row malformed. */
    static final int MAX_FIELD_CHARS = 10_000;
    /** A physical line longer than this ends the file (see {@link LineLengthGuard}). */
    static final int MAX_LINE_CHARS = 32_768;
    /** A quoted field may span at most this many physical lines. */
    static final int MULTILINE_LIMIT = 20;

    private static final int BOM_BYTES = 3;

    private CsvText() {
    }

    /** The decoded text after the byte order mark, if any. Malformed bytes fail rather than become U+FFFD. */
    static BufferedReader open(Path file, Charset charset, boolean bom) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            if (bom) {
                in.skipNBytes(BOM_BYTES);
            }
            InputStreamReader decoded = new InputStreamReader(in, CharsetDetector.strictDecoder(charset));
            return new BufferedReader(new LineLengthGuard(decoded, MAX_LINE_CHARS));
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /**
     * A reader over text the caller owns. Doubled quotes escape a quote (no backslash escapes). Lines are not
     * verified ahead, so the caller's {@code mark}/{@code reset} on the text stays intact.
     */
    static CSVReader csv(BufferedReader text, char delimiter) {
        return new CSVReaderBuilder(text)
                .withCSVParser(new CSVParserBuilder()
                        .withSeparator(delimiter)
                        .withQuoteChar('"')
                        .withEscapeChar(ICSVParser.NULL_CHARACTER)
                        .build())
                .withMultilineLimit(MULTILINE_LIMIT)
                .withVerifyReader(false)
                .build();
    }

    static boolean allBlank(String[] fields) {
        for (String field : fields) {
            if (field != null && !field.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
