package org.disclosurerollup.reading;

import org.disclosurerollup.catalog.Catalog;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

class SubmissionRowReaderTest {

    @TempDir
    Path dir;

    private Path first;
    private Path second;
    private List<FileToRead> files;

    @BeforeEach
    void twoFiles() throws IOException {
        first = write("四坝镇_2017.csv", "指标代码,数值\nL01_2_2,1\n\nL01_2_3,2\n");
        second = write("丰乐镇_2017.csv", "单位,code,value\n丰乐镇,L01_2_2,3\n丰乐镇,L01_2_3,4\n丰乐镇,L01_2_4,5\n");
        files = List.of(new FileToRead(7, first), new FileToRead(9, second));
    }

    @Test
    void readsEveryRowOfEveryFileInOrder() throws Exception {
        SubmissionRowReader reader = reader(files);
        reader.open(new ExecutionContext());

        assertThat(readAll(reader)).containsExactly(
                new SourceRow(7, 1, row(2, null, "L01_2_2", "1")),
                new SourceRow(7, 2, row(4, null, "L01_2_3", "2")),
                new SourceRow(9, 1, row(2, "丰乐镇", "L01_2_2", "3")),
                new SourceRow(9, 2, row(3, "丰乐镇", "L01_2_3", "4")),
                new SourceRow(9, 3, row(4, "丰乐镇", "L01_2_4", "5")));
        reader.close();
    }

    @Test
    void aRestartResumesAtItemFourInTheSecondFileWithoutOpeningTheFirst() throws Exception {
        ExecutionContext saved = readThenSave(3);
        Files.delete(first);

        SubmissionRowReader restarted = reader(files);
        restarted.open(saved);

        assertThat(readAll(restarted)).containsExactly(
                new SourceRow(9, 2, row(3, "丰乐镇", "L01_2_3", "4")),
                new SourceRow(9, 3, row(4, "丰乐镇", "L01_2_4", "5")));
        restarted.close();
    }

    @Test
    void aRestartAfterTheLastRowOfAFileGoesOnWithTheNextFile() throws Exception {
        ExecutionContext saved = readThenSave(2);

        SubmissionRowReader restarted = reader(files);
        restarted.open(saved);

        assertThat(restarted.read()).isEqualTo(new SourceRow(9, 1, row(2, "丰乐镇", "L01_2_2", "3")));
        restarted.close();
    }

    @Test
    void withOnlyTheItemCountSavedARestartReReadsToTheSamePlace() throws Exception {
        ExecutionContext saved = readThenSave(3);
        ExecutionContext countOnly = new ExecutionContext();
        countOnly.putInt("submissionRowReader.read.count", saved.getInt("submissionRowReader.read.count"));

        SubmissionRowReader restarted = reader(files);
        restarted.open(countOnly);

        assertThat(restarted.read()).isEqualTo(new SourceRow(9, 2, row(3, "丰乐镇", "L01_2_3", "4")));
        restarted.close();
    }

    @Test
    void aSavedPositionForAnotherListOfFilesIsNotTrusted() throws Exception {
        ExecutionContext saved = readThenSave(3);

        SubmissionRowReader restarted = reader(List.of(new FileToRead(7, first), new FileToRead(8, second)));
        restarted.open(saved);

        assertThat(restarted.read()).isEqualTo(new SourceRow(8, 2, row(3, "丰乐镇", "L01_2_3", "4")));
        restarted.close();
    }

    @Test
    void aFileThatBecameUnreadableFailsTheStepInsteadOfLosingItsRows() throws Exception {
        Path emptied = write("空.csv", "");
        SubmissionRowReader reader = reader(List.of(new FileToRead(9, second), new FileToRead(1, emptied)));
        reader.open(new ExecutionContext());

        assertThat(reader.read().fileId()).isEqualTo(9);
        assertThat(reader.read().fileId()).isEqualTo(9);
        assertThat(reader.read().fileId()).isEqualTo(9);
        assertThatThrownBy(reader::read).isInstanceOf(IOException.class).hasMessageContaining("空.csv")
                .hasMessageContaining("在登记后被修改或删除");
        reader.close();
    }

    private ExecutionContext readThenSave(int items) throws Exception {
        SubmissionRowReader reader = reader(files);
        ExecutionContext context = new ExecutionContext();
        reader.open(context);
        for (int i = 0; i < items; i++) {
            reader.read();
        }
        reader.update(context);
        reader.close();
        return context;
    }

    private SubmissionRowReader reader(List<FileToRead> toRead) {
        return new SubmissionRowReader(toRead, new SubmissionFileInspector(Catalog.fromClasspath()));
    }

    private static List<SourceRow> readAll(SubmissionRowReader reader) throws Exception {
        List<SourceRow> rows = new ArrayList<>();
        for (SourceRow row = reader.read(); row != null; row = reader.read()) {
            rows.add(row);
        }
        return rows;
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static RawRow row(int line, String unit, String code, String value) {
        return new RawRow("", line, "", unit, null, code, null, null, value, null);
    }
}
