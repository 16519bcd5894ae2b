package org.disclosurerollup.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Folders for tests that need one before JUnit's {@code @TempDir} exists (Spring property sources). */
final class TestFolders {

    private TestFolders() {
    }

    static Path newTempFolder(String prefix) {
        try {
            Path folder = Files.createTempDirectory(prefix);
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
