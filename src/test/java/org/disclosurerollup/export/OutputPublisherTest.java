package org.disclosurerollup.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputPublisherTest {

    @TempDir
    Path output;

    @Test
    void publishesIntoAFolderThatDidNotExist() throws IOException {
        Path year = output.resolve("2024");

        OutputPublisher.publish(year, folder -> Files.writeString(folder.resolve("totals.csv"), "new"));

        assertThat(year.resolve("totals.csv")).hasContent("new");
        assertThat(siblings()).containsExactly("2024");
    }

    @Test
    void replacesThePreviousOutputsWhole() throws IOException {
        Path year = existingOutputs();

        OutputPublisher.publish(year, folder -> Files.writeString(folder.resolve("totals.csv"), "new"));

        assertThat(year.resolve("totals.csv")).hasContent("new");
        assertThat(year.resolve("old-workbook.xlsx")).doesNotExist();
        assertThat(siblings()).containsExactly("2024");
    }

    @Test
    void leavesThePreviousOutputsUntouchedWhenWritingFails() throws IOException {
        Path year = existingOutputs();

        assertThatThrownBy(() -> OutputPublisher.publish(year, folder -> {
            Files.writeString(folder.resolve("totals.csv"), "half");
            throw new IOException("磁盘已满");
        })).isInstanceOf(IOException.class).hasMessage("磁盘已满");

        assertThat(year.resolve("totals.csv")).hasContent("old");
        assertThat(year.resolve("old-workbook.xlsx")).exists();
        assertThat(year.resolve("templates/四坝镇.xlsx")).hasContent("template");
        assertThat(siblings()).containsExactly("2024");
    }

    @Test
    void keepsSubfoldersThatAreNotOutputsOfARun() throws IOException {
        Path year = existingOutputs();

        OutputPublisher.publish(year, folder -> Files.writeString(folder.resolve("totals.csv"), "new"));

        assertThat(year.resolve("templates/四坝镇.xlsx")).hasContent("template");
        assertThat(year.resolve("totals.csv")).hasContent("new");
    }

    private Path existingOutputs() throws IOException {
        Path year = output.resolve("2024");
        Files.createDirectories(year.resolve("templates"));
        Files.writeString(year.resolve("totals.csv"), "old");
        Files.writeString(year.resolve("old-workbook.xlsx"), "old");
        Files.writeString(year.resolve("templates/四坝镇.xlsx"), "template");
        return year;
    }

    private List<String> siblings() throws IOException {
        try (Stream<Path> entries = Files.list(output)) {
            return entries.map(path -> path.getFileName().toString()).toList();
        }
    }
}
