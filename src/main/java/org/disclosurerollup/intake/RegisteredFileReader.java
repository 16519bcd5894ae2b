package org.disclosurerollup.intake;

import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads the files of one share of the run (a partition of the reading step) that are not read yet, in order.
 * Restartable without a saved position: a restart lists the share's files again from the database, and those already
 * stored are no longer among them. The step's own records (a count of files read) are not trusted for this, for after
 * a lost connection they may be saved ahead of the files actually committed.
 */
public class RegisteredFileReader extends AbstractItemCountingItemStreamItemReader<RegisteredFile> {

    private final Supplier<List<RegisteredFile>> files;
    private Iterator<RegisteredFile> next;

    public RegisteredFileReader(Supplier<List<RegisteredFile>> files) {
        this.files = files;
        setName("registeredFileReader");
        setSaveState(false);
    }

    @Override
    protected void doOpen() {
        next = files.get().iterator();
    }

    @Override
    protected RegisteredFile doRead() {
        return next.hasNext() ? next.next() : null;
    }

    @Override
    protected void doClose() {
        next = null;
    }
}
