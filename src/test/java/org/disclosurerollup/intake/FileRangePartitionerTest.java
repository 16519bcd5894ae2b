package org.disclosurerollup.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;

class FileRangePartitionerTest {

    @Test
    void sharesTheFilesOutInRangesOfAboutEqualBytes() {
        List<InputFileRepository.Size> files = List.of(size(1, 100), size(2, 100), size(3, 100), size(4, 100),
                size(5, 400), size(6, 100), size(7, 100));

        assertThat(ranges(new FileRangePartitioner(files).partition(3)))
                .isEqualTo(Map.of("share0", "1-4", "share1", "5-5", "share2", "6-7"));
    }

    @Test
    void givesEachFileItsOwnShareWhenThereAreMoreSharesThanFiles() {
        List<InputFileRepository.Size> files = List.of(size(1, 10), size(2, 10), size(3, 10));

        assertThat(ranges(new FileRangePartitioner(files).partition(8)))
                .isEqualTo(Map.of("share0", "1-1", "share1", "2-2", "share2", "3-3"));
    }

    @Test
    void anEmptyYearHasOneEmptyShare() {
        assertThat(ranges(new FileRangePartitioner(List.of()).partition(8))).isEqualTo(Map.of("share0", "1-0"));
    }

    private static InputFileRepository.Size size(int fileId, long bytes) {
        return new InputFileRepository.Size(fileId, bytes);
    }

    private static Map<String, String> ranges(Map<String, ExecutionContext> shares) {
        return shares.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                share -> share.getValue().getInt(FileRangePartitioner.FIRST_FILE) + "-"
                        + share.getValue().getInt(FileRangePartitioner.LAST_FILE)));
    }
}
