package org.disclosurerollup.reading;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds a text file's charset, never using the JVM default: a UTF-8 byte order mark or valid UTF-8 means UTF-8,
 * else valid GB18030 (which includes GBK) means GB18030. The file is streamed, not loaded.
 */
final class CharsetDetector {

    static final Charset GB18030 = Charset.forName("GB18030");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final int CHUNK = 64 * 1024;

    /** @param bom the file starts with a UTF-8 byte order mark */
    record Detected(Charset charset, boolean bom) {
    }

    /** The charset the whole file decodes in, or empty when it is neither UTF-8 nor GB18030. */
    Optional<Detected> detect(Path file) throws IOException {
        boolean bom = startsWithUtf8Bom(file);
        if (decodesCleanly(file, StandardCharsets.UTF_8, bom ? UTF8_BOM.length : 0)) {
            return Optional.of(new Detected(StandardCharsets.UTF_8, bom));
        }
        if (!bom && decodesCleanly(file, GB18030, 0)) {
            return Optional.of(new Detected(GB18030, false));
        }
        return Optional.empty();
    }

    static boolean startsWithUtf8Bom(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(UTF8_BOM.length);
            return head.length == UTF8_BOM.length && head[0] == UTF8_BOM[0] && head[1] == UTF8_BOM[1]
                    && head[2] == UTF8_BOM[2];
        }
    }

    static CharsetDecoder strictDecoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean decodesCleanly(Path file, Charset charset, int skip) throws IOException {
        CharsetDecoder decoder = strictDecoder(charset);
        ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
        CharBuffer chars = CharBuffer.allocate(CHUNK);
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(skip);
            boolean end = false;
            while (!end) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = n < 0;
                if (n > 0) {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
                CoderResult result;
                do {
                    result = decoder.decode(bytes, chars, end);
                    if (result.isError()) {
                        return false;
                    }
                    chars.clear();
                } while (result.isOverflow());
                bytes.compact();
            }
            CoderResult flushed;
            do {
                flushed = decoder.flush(chars);
                chars.clear();
            } while (flushed.isOverflow());
            return !flushed.isError();
        }
    }
}
