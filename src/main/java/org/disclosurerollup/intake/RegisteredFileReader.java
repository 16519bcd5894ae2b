package org.disclosurerollup.intake;

import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads the registered files of one share of the run (a partition of the reading step), in order. Restartable: the
 * files are listed again from the database and the ones already done skipped by count.
 */
public class RegisteredFileReader extends AbstractItemCountingItemStreamItemReader<RegisteredFile> {

    private final Supplier<List<RegisteredFile>> files;
    private Iterator<RegisteredFile> next;

    public RegisteredFileReader(Supplier<List<RegisteredFile>> files) {
        this.files = files;
        setName("registeredFileReader");
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
