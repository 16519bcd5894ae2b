package org.disclosurerollup.reading;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Workbook;

/** Whether a file is the consolidated workbook this tool wrote for an area, known by its content whatever its name. */
public final class LowerAreaWorkbooks {

    private static final ConsolidatedWorkbookReader READER = new ConsolidatedWorkbookReader();

    private LowerAreaWorkbooks() {
    }

    /** The run facts of the file when it is such a workbook; empty for any other file, or one that cannot be read. */
    public static Optional<LowerAreaRun> runOf(Path file) {
        try {
            Optional<String> type = FileSignature.excelType(file);
            if (type.isEmpty() || !ExcelBooks.smallEnoughToOpenWhole(file, type.get())) {
                return Optional.empty();
            }
            try (Workbook book = ExcelBooks.POI_WHOLE.open(file, type.get())) {
                return READER.wholeAreaSheet(book).flatMap(sheet -> READER.run(book));
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
