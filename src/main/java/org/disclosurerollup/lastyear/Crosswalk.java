package org.disclosurerollup.lastyear;

import com.opencsv.CSVReaderHeaderAware;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The approximate matches between templates that share no codes, read from {@code domain/crosswalk.csv}. */
final class Crosswalk {

    private static final String CODE_SEPARATOR = "\\+";

    private final List<CrosswalkLine> lines;

    Crosswalk(List<CrosswalkLine> lines) {
        this.lines = List.copyOf(lines);
    }

    static Crosswalk fromClasspath() {
        try (InputStream in = Crosswalk.class.getResourceAsStream("/domain/crosswalk.csv");
             CSVReaderHeaderAware csv = new CSVReaderHeaderAware(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<CrosswalkLine> lines = new ArrayList<>();
            Map<String, String> line;
            while ((line = csv.readMap()) != null) {
                lines.add(new CrosswalkLine(line.get("from_template"), codes(line.get("from_codes")),
                        line.get("to_template"), codes(line.get("to_codes")), line.get("label"),
                        line.get("note") == null ? "" : line.get("note").strip()));
            }
            return new Crosswalk(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CsvException e) {
            throw new IllegalStateException("domain/crosswalk.csv: " + e.getMessage(), e);
        }
    }

    /** The lines from template {@code from} (last year's) to template {@code to} (this year's), in file order. */
    List<CrosswalkLine> between(String from, String to) {
        return lines.stream().filter(line -> line.fromTemplate().equals(from) && line.toTemplate().equals(to)).toList();
    }

    private static List<String> codes(String joined) {
        return Arrays.stream(joined.split(CODE_SEPARATOR)).map(String::strip).toList();
    }
}
