package org.disclosurerollup.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * Finds the submissions of a year: every regular file at any depth below the year folder, in path order.
 * Hidden files, Office lock files ({@code ~$…}) and system litter are not submissions; symbolic links are not followed.
 */
public final class InputScanner {

    private static final List<String> LITTER = List.of("thumbs.db", "desktop.ini");

    public List<InputFile> scan(Path yearFolder) {
        List<InputFile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(yearFolder)) {
            for (Path path : paths.filter(p -> isSubmissionCandidate(yearFolder, p)).toList()) {
                files.add(describe(yearFolder, path));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取文件夹 " + yearFolder + "：" + e.getMessage(), e);
        }
        files.sort(Comparator.comparing(InputFile::relativePath));
        return files;
    }

    private static boolean isSubmissionCandidate(Path root, Path path) {
        if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        for (Path part : root.relativize(path)) {
            if (hiddenOrLock(part.toString())) {
                return false;
            }
        }
        return !LITTER.contains(path.getFileName().toString().toLowerCase(Locale.ROOT));
    }

    /** A file of this name is never read as a submission: hidden, an Office lock file ({@code ~$…}), system litter. */
    public static boolean skips(String fileName) {
        return hiddenOrLock(fileName) || LITTER.contains(fileName.toLowerCase(Locale.ROOT));
    }

    private static boolean hiddenOrLock(String name) {
        return name.startsWith(".") || name.startsWith("~$");
    }

    private static InputFile describe(Path root, Path path) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        String sha256;
        try (InputStream in = Files.newInputStream(path)) {
            sha256 = DigestUtils.sha256Hex(in);
        }
        String relative = root.relativize(path).toString().replace('\\', '/');
        return new InputFile(relative, path, attributes.size(), attributes.lastModifiedTime().toInstant(), sha256);
    }
}
