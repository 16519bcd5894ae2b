package org.disclosurerollup.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Stores uploads in a year folder: written to a hidden temporary file first (the job skips hidden files), then given
 * its name without ever replacing a file (a taken name becomes {@code 名字_2.csv}, {@code 名字_3.csv} …). When the
 * stored name differs from the name the clerk's browser sent, that name is kept in a hidden side-car
 * {@code .<stored name>.original-name} for display.
 */
final class UploadStore {

    private static final String SIDE_CAR = ".original-name";

    /** Stores the bytes under the safe name or the next free one; returns the name used. */
    String store(Path yearFolder, String safeName, String originalName, InputStream content) throws IOException {
        Files.createDirectories(yearFolder);
        Path temporary = Files.createTempFile(yearFolder, ".upload-", ".part");
        try {
            Files.copy(content, temporary, StandardCopyOption.REPLACE_EXISTING);
            for (int n = 1; ; n++) {
                String candidate = n == 1 ? safeName : numbered(safeName, n);
                Path target = yearFolder.resolve(candidate);
                try {
                    claim(temporary, target);
                } catch (FileAlreadyExistsException e) {
                    continue;
                }
                if (!candidate.equals(originalName)) {
                    try {
                        Files.writeString(sideCar(target), originalName, StandardCharsets.UTF_8);
                    } catch (IOException | RuntimeException e) {
                        Files.deleteIfExists(target);
                        throw e;
                    }
                }
                return candidate;
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Takes back a file stored by {@link #store} (and its side-car), as if the upload had never happened. */
    void remove(Path yearFolder, String storedName) throws IOException {
        Path file = yearFolder.resolve(storedName);
        Files.deleteIfExists(sideCar(file));
        Files.deleteIfExists(file);
    }

    private static Path sideCar(Path file) {
        return file.resolveSibling("." + file.getFileName() + SIDE_CAR);
    }

    /** The name the file had when it was uploaded, when it was stored under another. */
    static Optional<String> originalName(Path file) {
        Path sideCar = sideCar(file);
        try {
            return Files.isRegularFile(sideCar) ? Optional.of(Files.readString(sideCar, StandardCharsets.UTF_8).strip())
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A hard link claims the name atomically and fails when it is taken; without links, a move after a check. */
    private static void claim(Path temporary, Path target) throws IOException {
        try {
            Files.createLink(target, temporary);
        } catch (UnsupportedOperationException e) {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new FileAlreadyExistsException(target.toString());
            }
            Files.copy(temporary, target);
        }
    }

    private static String numbered(String name, int n) {
        int dot = name.lastIndexOf('.');
        return name.substring(0, dot) + "_" + n + name.substring(dot);
    }
}
