package org.disclosurerollup.export;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets one publish at a time work on a year folder, across processes (two data folders may share one output folder)
 * and within this one. Held through a hidden lock file next to the year folder ({@code .<year>.lock}) that is never
 * deleted: deleting it while another process waits on it would let a third one lock a new file alongside.
 */
final class YearFolderLock {

    private static final Logger log = LoggerFactory.getLogger(YearFolderLock.class);

    /** A JVM cannot hold two overlapping locks on one file, so its own publishes of a folder queue here first. */
    private static final Map<Path, Object> IN_THIS_PROCESS = new ConcurrentHashMap<>();

    private YearFolderLock() {
    }

    static String lockFileName(String yearFolderName) {
        return "." + yearFolderName + ".lock";
    }

    /** Runs {@code action} while no other publish of {@code yearFolder} (absolute, normalised) runs; waits for it. */
    static void whileHeld(Path yearFolder, OutputPublisher.IoAction action) throws IOException {
        Path lockFile = yearFolder.resolveSibling(lockFileName(yearFolder.getFileName().toString()));
        synchronized (IN_THIS_PROCESS.computeIfAbsent(yearFolder, folder -> new Object())) {
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = acquire(channel, yearFolder)) {
                action.write(yearFolder);
            }
        }
    }

    private static FileLock acquire(FileChannel channel, Path yearFolder) throws IOException {
        FileLock lock = channel.tryLock();
        if (lock != null) {
            return lock;
        }
        log.info("另一个汇总程序正在向 {} 输出结果，等它输出完毕后再输出", yearFolder);
        return channel.lock();
    }
}
