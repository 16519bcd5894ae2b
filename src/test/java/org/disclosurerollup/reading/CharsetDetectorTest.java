package org.disclosurerollup.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.disclosurerollup.reading.CharsetDetector.Detected;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CharsetDetectorTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    private final CharsetDetector detector = new CharsetDetector();

    @Test
    void utf8WithoutBom() throws IOException {
        assertThat(detect("四坝镇,5\n".getBytes(StandardCharsets.UTF_8)))
                .contains(new Detected(StandardCharsets.UTF_8, false));
    }

    @Test
    void utf8WithBom() throws IOException {
        assertThat(detect(concat(BOM, "四坝镇,5\n".getBytes(StandardCharsets.UTF_8))))
                .contains(new Detected(StandardCharsets.UTF_8, true));
    }

    @Test
    void plainAsciiIsUtf8() throws IOException {
        assertThat(detect("code,value\nL01_2_2,5\n".getBytes(StandardCharsets.US_ASCII)))
                .contains(new Detected(StandardCharsets.UTF_8, false));
    }

    @Test
    void gbkBytesAreGb18030() throws IOException {
        byte[] gbk = "四坝镇".getBytes(CharsetDetector.GB18030);
        assertThat(gbk).containsExactly(0xCB, 0xC4, 0xB0, 0xD3, 0xD5, 0xF2);
        assertThat(detect(gbk)).contains(new Detected(CharsetDetector.GB18030, false));
    }

    @Test
    void bytesValidInNeitherAreRejected() throws IOException {
        assertThat(detect(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0x80})).isEmpty();
    }

    @Test
    void aBomDoesNotExcuseInvalidUtf8AfterIt() throws IOException {
        assertThat(detect(concat(BOM, "四坝镇".getBytes(CharsetDetector.GB18030)))).isEmpty();
    }

    @Test
    void aCharacterSplitAcrossTheReadChunksIsStillUtf8() throws IOException {
        byte[] padding = "a".repeat(64 * 1024 - 1).getBytes(StandardCharsets.US_ASCII);
        assertThat(detect(concat(padding, "镇\n".getBytes(StandardCharsets.UTF_8))))
                .contains(new Detected(StandardCharsets.UTF_8, false));
    }

    @Test
    void utf8CutOffInTheMiddleOfACharacterIsNotUtf8() throws IOException {
        byte[] cut = {'a', (byte) 0xE9};
        assertThat(detect(cut)).isEmpty();
    }

    private Optional<Detected> detect(byte[] content) throws IOException {
        Path file = dir.resolve("f.csv");
        Files.write(file, content);
        return detector.detect(file);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
