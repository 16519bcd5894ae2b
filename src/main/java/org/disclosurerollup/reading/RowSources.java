package org.disclosurerollup.reading;

import java.io.IOException;
import java.nio.file.Path;

/** Opens the right {@link RowSource} for an inspected file. */
public final class RowSources {

    private RowSources() {
    }

    public static RowSource open(Path file, FileInspection.Readable how) throws IOException {
        return switch (how.fileType()) {
            case "csv" -> new CsvRowSource(file, how);
            default -> throw new IllegalArgumentException("no reader for file type " + how.fileType());
        };
    }
}
