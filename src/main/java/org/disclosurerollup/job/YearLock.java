package org.disclosurerollup.job;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps a year to one run at a time among every process on the same data folder: a lock on {@code
 * <data>/locks/<year>.lock}, held while the run lasts and released by the operating system when the process dies, so
 * a crashed run never leaves it behind. (With the embedded H2 database a second process cannot even open the data
 * folder; the lock matters for a server database such as PostgreSQL.)
 */
final class YearLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private YearLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the year's lock at once, or throws {@link YearBusyException} when another run holds it. */
    static YearLock take(Path dataFolder, int year) throws IOException {
        Path file = Files.createDirectories(dataFolder.resolve("locks")).resolve(year + ".lock");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw busy(year);
            }
            return new YearLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            channel.close();
            throw busy(year);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static YearBusyException busy(int year) {
        return new YearBusyException(year + "年的汇总正在运行（另一个命令、控制台或定时任务）：本次没有做任何改动，请等它结束后再运行");
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
