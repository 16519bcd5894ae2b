package org.disclosurerollup.reading;

import java.util.Iterator;
import java.util.List;

/** The values of an official form, read at inspection (a form holds a few hundred at most). */
final class FormRowSource implements RowSource {

    private final Iterator<RawRow> rows;

    FormRowSource(List<RawRow> rows) {
        this.rows = rows.iterator();
    }

    @Override
    public RawRow next() {
        return rows.hasNext() ? rows.next() : null;
    }

    @Override
    public void close() {
    }
}
