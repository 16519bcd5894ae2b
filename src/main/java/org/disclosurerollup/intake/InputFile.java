package org.disclosurerollup.intake;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A file found under a year folder.
 *
 * @param relativePath the path relative to the year folder, with {@code /} separators (as the outputs show it)
 */
public record InputFile(String relativePath, Path path, long sizeBytes, Instant modifiedAt, String sha256) {

    public String fileName() {
        return path.getFileName().toString();
    }

    public String extension() {
        String name = fileName();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
