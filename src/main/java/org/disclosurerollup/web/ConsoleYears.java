package org.disclosurerollup.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.disclosurerollup.catalog.Catalog;
import org.disclosurerollup.job.RunFolders;

/** The years the console offers: the year folders of the input; any year with a template may be opened. */
final class ConsoleYears {

    private final Catalog catalog;
    private final RunFolders folders;

    ConsoleYears(Catalog catalog, RunFolders folders) {
        this.catalog = catalog;
        this.folders = folders;
    }

    Optional<String> problem(int year) {
        return catalog.templateFor(year).isPresent() ? Optional.empty()
                : Optional.of("没有适用于" + year + "年的报表格式：请选择其他年度");
    }

    /** The year folders under the input folder, newest first. */
    List<Integer> withFolders() {
        Path input = folders.input();
        if (!Files.isDirectory(input)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(input)) {
            return children.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(name -> name.matches("\\d{4}")).map(Integer::valueOf)
                    .sorted((a, b) -> Integer.compare(b, a)).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
