package org.disclosurerollup.reading;

import java.io.IOException;

/** The data rows of one open file, in file order. */
public interface RowSource extends AutoCloseable {

    /** The next data row, or {@code null} at the end. A malformed row is returned with its problem, never thrown. */
    RawRow next() throws IOException;

    @Override
    void close() throws IOException;
}
