package org.disclosurerollup.reading;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;

/**
 * The values of an official form, read at inspection (a form holds a few hundred at most); for a file that holds a
 * long layout too, after that layout's rows.
 */
final class FormRowSource implements RowSource {

    private final RowSource before;
    private final Iterator<RawRow> rows;
    private boolean beforeDone;

    FormRowSource(List<RawRow> rows) {
        this(null, rows);
    }

    /** @param before rows read first (closed with this source), or null */
    FormRowSource(RowSource before, List<RawRow> rows) {
        this.before = before;
        this.beforeDone = before == null;
        this.rows = rows.iterator();
    }

    @Override
    public RawRow next() throws IOException {
        if (!beforeDone) {
            RawRow row = before.next();
            if (row != null) {
                return row;
            }
            beforeDone = true;
        }
        return rows.hasNext() ? rows.next() : null;
    }

    @Override
    public void close() throws IOException {
        if (before != null) {
            before.close();
        }
    }
}
