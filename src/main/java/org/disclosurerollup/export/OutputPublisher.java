package org.disclosurerollup.export;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes a year's outputs all at once: they are written into a hidden sibling folder that then replaces the year
 * folder, so readers see either the old outputs or the new ones, never half of them. Subfolders of the old year
 * folder (such as {@code templates/}) are not outputs of a run and are carried over into the new one, except those a
 * run writes ({@link #RUN_SUBFOLDERS}): a run without notices leaves none of the previous run's. What a publish killed
 * half way left behind (see {@link PublishLeftovers}) is put right before the next one starts.
 */
public final class OutputPublisher {

    private static final Logger log = LoggerFactory.getLogger(OutputPublisher.class);

    /** The subfolders that are outputs of a run: a year folder's are its run's, never carried into another's. */
    static final Set<String> RUN_SUBFOLDERS = Set.of(ReturnNotices.FOLDER);

    /** Writes files into a folder. */
    @FunctionalInterface
    public interface IoAction {
        void write(Path folder) throws IOException;
    }

    private OutputPublisher() {
    }

    /**
     * Calls {@code writeInto} with an empty temporary folder next to {@code yearFolder}, then puts that folder in
     * place of {@code yearFolder}. When anything fails the temporary folder is deleted and the existing outputs are
     * left as they were. Publishes of one year folder take turns, also across processes (see {@link YearFolderLock}),
     * so the clean-up of leftovers at the start of one never meets the temporary folder of another.
     */
    public static void publish(Path yearFolder, IoAction writeInto) throws IOException {
        Path target = yearFolder.toAbsolutePath().normalize();
        Files.createDirectories(target.getParent());
        YearFolderLock.whileHeld(target, locked -> publishAlone(locked, writeInto));
    }

    private static void publishAlone(Path target, IoAction writeInto) throws IOException {
        Path parent = target.getParent();
        String name = target.getFileName().toString();
        PublishLeftovers.repair(target);
        // not Files.createTempDirectory: its owner-only permissions would end up on the published year folder
        Path temporary = Files.createDirectory(parent.resolve(temporaryPrefix(name) + randomSuffix()));
        Path old = null;
        List<Path> carried = List.of();
        try {
            writeInto.write(temporary);
            if (Files.exists(target)) {
                old = parent.resolve(oldPrefix(name) + randomSuffix());
                move(target, old);
                carried = carrySubfolders(old, temporary);
            }
            move(temporary, target);
        } catch (IOException | RuntimeException | Error failure) {
            restore(target, old, temporary, carried, failure);
            throw failure;
        }
        if (old != null) {
            deleteQuietly(old);
        }
    }

    private static List<Path> carrySubfolders(Path from, Path to) throws IOException {
        List<Path> carried = new ArrayList<>();
        try (Stream<Path> entries = Files.list(from)) {
            for (Path entry : entries.filter(OutputPublisher::carried).toList()) {
                Path destination = to.resolve(entry.getFileName());
                if (!Files.exists(destination)) {
                    move(entry, destination);
                    carried.add(entry.getFileName());
                }
            }
        }
        return carried;
    }

    /** A subfolder that is not an output of a run, carried from one year folder into its successor. */
    static boolean carried(Path entry) {
        return Files.isDirectory(entry) && !RUN_SUBFOLDERS.contains(entry.getFileName().toString());
    }

    private static void restore(Path target, Path old, Path temporary, List<Path> carried, Throwable failure) {
        try {
            if (old != null && Files.exists(old) && !Files.exists(target)) {
                for (Path name : carried) {
                    move(temporary.resolve(name), old.resolve(name));
                }
                move(old, target);
            }
            deleteRecursively(temporary);
        } catch (IOException | RuntimeException cleanupFailure) {
            failure.addSuppressed(cleanupFailure);
        }
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException notAtomic) {
            Files.move(from, to);
        }
    }

    static String temporaryPrefix(String yearFolderName) {
        return "." + yearFolderName + ".tmp-";
    }

    static String oldPrefix(String yearFolderName) {
        return "." + yearFolderName + ".old-";
    }

    private static String randomSuffix() {
        return Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
    }

    private static void deleteQuietly(Path folder) {
        try {
            deleteRecursively(folder);
        } catch (IOException | RuntimeException e) {
            log.warn("旧的输出文件夹 {} 未能删除，请手动删除：{}", folder, e.getMessage());
        }
    }

    static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
