package org.disclosurerollup.job;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePathWrapper;

/**
 * Test only: an H2 file system ({@code jdbc:h2:diskfull:/folder/db}) over the ordinary one, on a disk that fills up:
 * once {@code planned.disk.full.after} bytes have been written through it, every further write fails as it does on
 * a full disk. Registered in a child JVM by {@link PlannedStop}; the same files are the ordinary database again when
 * opened with the ordinary URL ("the space was freed").
 */
public final class FilePathDiskFull extends FilePathWrapper {

    static final String LIMIT = "planned.disk.full.after";
    private static final AtomicLong written = new AtomicLong();

    @Override
    public String getScheme() {
        return "diskfull";
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new FillingChannel(super.open(mode));
    }

    private static void writing(int bytes) throws IOException {
        if (written.addAndGet(bytes) > Long.getLong(LIMIT, Long.MAX_VALUE)) {
            throw new IOException("No space left on device");
        }
    }

    /** The file's own channel, with writes counted against the disk's space. */
    private static final class FillingChannel extends FileBase {

        private final FileChannel file;

        FillingChannel(FileChannel file) {
            this.file = file;
        }

        @Override
        public int read(ByteBuffer destination) throws IOException {
            return file.read(destination);
        }

        @Override
        public synchronized int read(ByteBuffer destination, long position) throws IOException {
            return file.read(destination, position);
        }

        @Override
        public int write(ByteBuffer source) throws IOException {
            writing(source.remaining());
            return file.write(source);
        }

        @Override
        public synchronized int write(ByteBuffer source, long position) throws IOException {
            writing(source.remaining());
            return file.write(source, position);
        }

        @Override
        public long position() throws IOException {
            return file.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            file.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return file.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            file.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            file.force(metaData);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return file.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            file.close();
        }
    }
}
