package org.disclosurerollup.lastyear;

import com.opencsv.CSVReaderHeaderAware;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rows whose cells carry over from one year to the next, read from {@code domain/carry-over.csv}: this year's
 * row {@code carriedIn} equals last year's row {@code carriedOut}, column by column.
 */
record CarryOverRows(String carriedIn, String carriedOut) {

    static List<CarryOverRows> fromClasspath() {
        try (InputStream in = CarryOverRows.class.getResourceAsStream("/domain/carry-over.csv");
             CSVReaderHeaderAware csv = new CSVReaderHeaderAware(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<CarryOverRows> rows = new ArrayList<>();
            Map<String, String> line;
            while ((line = csv.readMap()) != null) {
                rows.add(new CarryOverRows(line.get("carried_in_row").strip(), line.get("carried_out_row").strip()));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CsvException e) {
            throw new IllegalStateException("domain/carry-over.csv: " + e.getMessage(), e);
        }
    }
}
