package org.disclosurerollup.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;

class RegisteredFileReaderTest {

    private static final List<RegisteredFile> FILES = IntStream.rangeClosed(1, 5).mapToObj(id ->
            new RegisteredFile(id, "f" + id + ".csv", 10, "sha" + id, Instant.EPOCH, "csv", null, null, null, null,
                    null)).toList();

    /**
     * A restart reads what the database still lists as not read (files 1 and 2 were stored), whatever count the
     * step saved — after a lost connection Batch may have saved one ahead of the files actually committed.
     */
    @Test
    void aRestartReadsTheFilesNotYetStoredWhateverCountWasSaved() throws Exception {
        RegisteredFileReader first = new RegisteredFileReader(() -> FILES);
        ExecutionContext context = new ExecutionContext();
        first.open(context);
        first.read();
        first.read();
        first.read();
        first.update(context);
        first.close();

        RegisteredFileReader restarted = new RegisteredFileReader(() -> FILES.subList(2, FILES.size()));
        restarted.open(context);
        List<Integer> rest = new ArrayList<>();
        for (RegisteredFile file = restarted.read(); file != null; file = restarted.read()) {
            rest.add(file.fileId());
        }

        assertThat(rest).containsExactly(3, 4, 5);
    }
}
