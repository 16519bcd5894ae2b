package org.disclosurerollup.reading;

import java.io.IOException;
import java.nio.file.Path;

/** Opens the right {@link RowSource} for an inspected file. */
public final class RowSources {

    private RowSources() {
    }

    public static RowSource open(Path file, FileInspection.Readable how) throws IOException {
        return open(file, how, ExcelBooks.POI);
    }

    static RowSource open(Path file, FileInspection.Readable how, ExcelBooks.Opener excelOpener) throws IOException {
        if (how.form() != null && how.sheet() != null) {
            return new FormRowSource(ExcelRowSource.open(file, how, excelOpener), how.form().rows());
        }
        if (how.form() != null) {
            return new FormRowSource(how.form().rows());
        }
        return switch (how.fileType()) {
            case "csv" -> new CsvRowSource(file, how);
            case "xlsx", "xls" -> ExcelRowSource.open(file, how, excelOpener);
            default -> throw new IllegalArgumentException("no reader for file type " + how.fileType());
        };
    }
}
