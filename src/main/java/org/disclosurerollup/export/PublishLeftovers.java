package org.disclosurerollup.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a publish that died half way (power cut, {@code kill -9}) left next to a year folder, put right: when the year
 * folder is gone, the moved-away previous outputs ({@code .<year>.old-*}, complete) go back, with the subfolders that
 * had already been carried into the new outputs ({@code .<year>.tmp-*}) — not those the new run wrote itself, such as
 * its notices; the other leftovers are deleted.
 */
final class PublishLeftovers {

    private static final Logger log = LoggerFactory.getLogger(PublishLeftovers.class);

    private PublishLeftovers() {
    }

    static void repair(Path yearFolder) throws IOException {
        String name = yearFolder.getFileName().toString();
        List<Path> olds = new ArrayList<>(siblings(yearFolder, OutputPublisher.oldPrefix(name)));
        List<Path> temporaries = siblings(yearFolder, OutputPublisher.temporaryPrefix(name));
        if (olds.isEmpty() && temporaries.isEmpty()) {
            return;
        }
        if (!Files.exists(yearFolder) && !olds.isEmpty()) {
            Path previous = olds.remove(0);
            OutputPublisher.move(previous, yearFolder);
            log.warn("上次输出中途中断：已把原有结果放回 {}", yearFolder);
        }
        if (Files.isDirectory(yearFolder)) {
            for (Path temporary : temporaries) {
                carryBackSubfolders(temporary, yearFolder);
            }
        }
        for (Path leftover : Stream.concat(olds.stream(), temporaries.stream()).toList()) {
            OutputPublisher.deleteRecursively(leftover);
            log.info("已删除上次中断的输出留下的 {}", leftover);
        }
    }

    private static void carryBackSubfolders(Path from, Path to) throws IOException {
        try (Stream<Path> entries = Files.list(from)) {
            for (Path entry : entries.filter(OutputPublisher::carried).toList()) {
                Path destination = to.resolve(entry.getFileName());
                if (!Files.exists(destination)) {
                    OutputPublisher.move(entry, destination);
                }
            }
        }
    }

    /** The sibling folders whose names start with {@code prefix}, the most recently changed first. */
    private static List<Path> siblings(Path yearFolder, String prefix) throws IOException {
        Path parent = yearFolder.getParent();
        if (!Files.isDirectory(parent)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(parent)) {
            return entries.filter(p -> p.getFileName().toString().startsWith(prefix) && Files.isDirectory(p))
                    .sorted(Comparator.comparing(PublishLeftovers::modified).reversed()).toList();
        }
    }

    private static FileTime modified(Path path) {
        try {
            return Files.getLastModifiedTime(path);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
