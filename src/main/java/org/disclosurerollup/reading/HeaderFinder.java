package org.disclosurerollup.reading;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the header of a CSV file and the delimiter that splits it best. The header is the first record with every
 * column a long-layout file needs, among the first few non-blank records (title lines such as
 * {@code 2024年政府信息公开统计} above it are skipped); else the first non-blank record, so the message can say what
 * it lacks.
 */
final class HeaderFinder {

    /** How many non-blank records above the header may be titles or notes. */
    private static final int MAX_LINES_ABOVE_HEADER = 10;

    /** Comma first: it wins ties. */
    static final List<Character> DELIMITERS = List.of(',', '\t', ';');

    /** A header as one delimiter splits it. */
    record FoundHeader(char delimiter, HeaderMap map, List<String> cells) {
        int recognised() {
            return map.positions().size();
        }
    }

    private HeaderFinder() {
    }

    /** The best-split header, or empty when the file has nothing but blank lines. */
    static Optional<FoundHeader> find(Path file, CharsetDetector.Detected encoding) throws IOException {
        FoundHeader best = null;
        for (char delimiter : DELIMITERS) {
            Optional<FoundHeader> found = find(file, encoding, delimiter);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            if (best == null || found.get().recognised() > best.recognised()) {
                best = found.get();
            }
        }
        return Optional.of(best);
    }

    private static Optional<FoundHeader> find(Path file, CharsetDetector.Detected encoding, char delimiter)
            throws IOException {
        try (BufferedReader text = CsvText.open(file, encoding.charset(), encoding.bom());
             CSVReader csv = CsvText.csv(text, delimiter)) {
            Search search = new Search(delimiter);
            while (!search.done()) {
                int startLine = (int) csv.getLinesRead() + 1;
                String[] cells;
                try {
                    cells = csv.readNext();
                } catch (IOException | CsvValidationException | RuntimeException unreadable) {
                    if (search.best().isEmpty()) {
                        throw unreadable;
                    }
                    break;
                }
                if (cells == null) {
                    break;
                }
                search.offer(cells, startLine);
            }
            return search.best();
        } catch (CsvValidationException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * The header search over the records (or sheet rows) of one file, top down: the first record with every column a
     * long-layout file needs, among the first few non-blank ones; else the first non-blank one.
     */
    static final class Search {
        private final char delimiter;
        private FoundHeader first;
        private FoundHeader complete;
        private int nonBlank;

        Search(char delimiter) {
            this.delimiter = delimiter;
        }

        /** Looks at the next record; blank records do not count. */
        void offer(String[] cells, int rowNumber) {
            if (done() || CsvText.allBlank(cells)) {
                return;
            }
            FoundHeader candidate = new FoundHeader(delimiter, map(cells, rowNumber), List.of(cells));
            if (missing(candidate.map()).isEmpty()) {
                complete = candidate;
            } else if (first == null) {
                first = candidate;
            }
            nonBlank++;
        }

        /** Found a complete header, or looked at as many records as a header may be below. */
        boolean done() {
            return complete != null || nonBlank > MAX_LINES_ABOVE_HEADER;
        }

        /** A complete header when one was found; true only then. */
        boolean complete() {
            return complete != null;
        }

        Optional<FoundHeader> best() {
            return Optional.ofNullable(complete != null ? complete : first);
        }
    }

    static HeaderMap map(String[] cells, int headerRow) {
        Map<Column, Integer> positions = new EnumMap<>(Column.class);
        for (int i = 0; i < cells.length; i++) {
            int position = i;
            Column.forHeader(cells[i]).ifPresent(column -> positions.putIfAbsent(column, position));
        }
        return new HeaderMap(positions, headerRow);
    }

    /** What a header lacks, in Chinese, or empty when it has everything a long-layout file needs. */
    static Optional<String> missing(HeaderMap header) {
        List<String> missing = new ArrayList<>();
        if (!header.has(Column.VALUE)) {
            missing.add("“" + Column.VALUE.label() + "”列");
        }
        if (!header.has(Column.CODE) && !header.has(Column.INDICATOR)) {
            missing.add("“" + Column.CODE.label() + "”或“" + Column.INDICATOR.label() + "”列");
        }
        return missing.isEmpty() ? Optional.empty() : Optional.of(String.join("和", missing));
    }
}
