package org.disclosurerollup.web;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.disclosurerollup.export.FillInTemplate;
import org.disclosurerollup.export.ReturnNotices;
import org.disclosurerollup.job.RunFolders;

/**
 * The files the console serves, only from the output folder: a year's results ({@code <output>/<year>/}), its notices
 * back to the units ({@code <output>/<year>/退回通知/}) and blank templates ({@code <output>/templates/<year>/}). A
 * requested name is served only when it equals the name of a regular file (not a link) listed in that folder, and its
 * resolved real path is still inside the folder.
 */
final class OutputFiles {

    /** A file that can be downloaded. */
    record Listed(String name, long sizeBytes) {
    }

    private final RunFolders folders;

    OutputFiles(RunFolders folders) {
        this.folders = folders;
    }

    Path resultsFolder(int year) {
        return folders.yearOutput(year);
    }

    Path templatesFolder(int year) {
        return FillInTemplate.folder(folders.output(), year);
    }

    /** {@code <output>/<year>/退回通知/}: the notices of the run whose results are in the year folder. */
    Path noticesFolder(int year) {
        return folders.yearOutput(year).resolve(ReturnNotices.FOLDER);
    }

    List<Listed> list(Path folder) {
        List<Listed> files = new ArrayList<>();
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return files;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS) && !name.startsWith(".")) {
                    files.add(new Listed(name, Files.size(entry)));
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        files.sort(Comparator.comparing(Listed::name));
        return files;
    }

    /** The file of that name in the folder, when it may be served. */
    Optional<Path> find(Path folder, String requestedName) {
        if (requestedName == null || list(folder).stream().noneMatch(f -> f.name().equals(requestedName))) {
            return Optional.empty();
        }
        try {
            Path root = folder.toRealPath();
            Path file = root.resolve(requestedName).normalize();
            if (!file.getParent().equals(root) || Files.isSymbolicLink(file)
                    || !file.toRealPath(LinkOption.NOFOLLOW_LINKS).startsWith(root)) {
                return Optional.empty();
            }
            return Optional.of(file);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
