package org.disclosurerollup.reading;

import java.nio.charset.Charset;
import org.disclosurerollup.audit.Reason;

/** What inspecting a submission file found: how to read it, or why it cannot be read. */
public sealed interface FileInspection {

    /**
     * @param fileType  {@code "csv"}
     * @param bom       the file starts with a UTF-8 byte order mark (skipped when reading)
     * @param delimiter {@code ,} {@code \t} or {@code ;}
     */
    record Readable(String fileType, Charset charset, boolean bom, char delimiter, HeaderMap header)
            implements FileInspection {
    }

    /**
     * @param message Chinese, says what to fix
     * @param layout  for a file that is text with a header but lacks a required column: how its rows can still be
     *                counted (they are all rejected with the file); null otherwise
     */
    record Unreadable(Reason reason, String message, Readable layout) implements FileInspection {

        public Unreadable(Reason reason, String message) {
            this(reason, message, null);
        }
    }
}
