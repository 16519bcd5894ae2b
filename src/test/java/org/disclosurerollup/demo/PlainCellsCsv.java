package org.disclosurerollup.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The same cells as the tool's input, for DuckDB: one plain UTF-8 CSV {@code unit,code,value} (unit code, cell code,
 * value as written), appended to unit by unit.
 */
final class PlainCellsCsv implements AutoCloseable {

    static final String HEADER = "unit,code,value";

    private final BufferedWriter writer;

    PlainCellsCsv(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        writer.write(HEADER);
        writer.write('\n');
    }

    void append(String unitCode, List<LongRow> rows) throws IOException {
        for (LongRow row : rows) {
            writer.write(unitCode + "," + row.code() + "," + row.value() + "\n");
        }
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
