package org.disclosurerollup.checking;

import java.util.List;
import java.util.Objects;
import org.disclosurerollup.audit.Reason;
import org.disclosurerollup.submission.CellValue;

/** What {@link ValueParser} made of one submitted cell: a value (with warnings) or a rejection. */
public sealed interface ValueReading {

    /** The cell is read; {@code notes} are warnings about how it was read (e.g. 元 converted to 万元). */
    record Accepted(CellValue value, List<Note> notes) implements ValueReading {
        public Accepted {
            Objects.requireNonNull(value, "value");
            notes = List.copyOf(notes);
        }
    }

    /** The cell cannot be read; {@code message} is Chinese, names the submitted value and says what to fix. */
    record Rejected(Reason reason, String message) implements ValueReading {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }
    }

    /** A warning attached to an accepted value; {@code id} is stable (e.g. {@code yuan-to-wanyuan}). */
    record Note(String id, String message) {
    }
}
