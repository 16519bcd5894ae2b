package org.disclosurerollup.reading;

import java.nio.charset.Charset;
import org.disclosurerollup.audit.Reason;

/** What inspecting a submission file found: how to read it, or why it cannot be read. */
public sealed interface FileInspection {

    /**
     * @param fileType  {@code "csv"}, {@code "xlsx"} or {@code "xls"}
     * @param charset   a CSV file's charset; null for Excel
     * @param bom       the CSV file starts with a UTF-8 byte order mark (skipped when reading)
     * @param delimiter a CSV file's {@code ,} {@code \t} or {@code ;}
     * @param sheet     for Excel, the sheet that holds the long layout; null for CSV
     */
    record Readable(String fileType, Charset charset, boolean bom, char delimiter, HeaderMap header, ExcelSheet sheet)
            implements FileInspection {

        /** A CSV file. */
        public Readable(String fileType, Charset charset, boolean bom, char delimiter, HeaderMap header) {
            this(fileType, charset, bom, delimiter, header, null);
        }

        static Readable excel(String fileType, ExcelSheet sheet, HeaderMap header) {
            return new Readable(fileType, null, false, ',', header, sheet);
        }

        /** The charset's name for a CSV file; null for Excel, which has none to speak of. */
        public String encoding() {
            return charset == null ? null : charset.name();
        }
    }

    /**
     * @param message Chinese, says what to fix
     * @param layout  for a file with a header that lacks a required column, or whose reading failed part way: how its
     *                rows can still be counted (they are all rejected with the file); null otherwise
     */
    record Unreadable(Reason reason, String message, Readable layout) implements FileInspection {

        public Unreadable(Reason reason, String message) {
            this(reason, message, null);
        }
    }
}
