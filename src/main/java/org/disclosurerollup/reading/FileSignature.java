package org.disclosurerollup.reading;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.disclosurerollup.audit.Reason;
import org.disclosurerollup.reading.FileInspection.Unreadable;

/** Tells a text file from an empty, Excel, PDF, UTF-16 or other binary file by its bytes, whatever its name says. */
final class FileSignature {

    static final String EXCEL_LATER = "这是Excel文件，不是CSV文本文件。Excel 文件将在后续版本支持，请另存为 CSV（UTF-8）后重新提交";
    private static final String SAVE_AS_CSV = "请用Excel或WPS另存为“CSV UTF-8”后重新提交";

    private FileSignature() {
    }

    /** Why the file is not a text file, or empty when it may be one. */
    static Optional<Unreadable> notText(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        }
        if (head.length == 0) {
            return unreadable("文件为空");
        }
        if (startsWith(head, 0x50, 0x4B, 0x03, 0x04) || startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) {
            return unreadable(EXCEL_LATER);
        }
        if (startsWith(head, 0x25, 0x50, 0x44, 0x46)) {
            return unreadable("这是PDF文件，不是CSV文本文件：请提交用Excel或WPS另存的“CSV UTF-8”文件");
        }
        if (startsWith(head, 0xFF, 0xFE) || startsWith(head, 0xFE, 0xFF)) {
            return Optional.of(new Unreadable(Reason.ENCODING_ERROR,
                    "文件是UTF-16编码（Excel的“Unicode文本”格式），" + SAVE_AS_CSV));
        }
        long nul = firstNulByte(file);
        if (nul >= 0) {
            return unreadable("文件第" + (nul + 1) + "个字节是NUL（0x00），不是CSV文本文件：" + SAVE_AS_CSV);
        }
        return Optional.empty();
    }

    private static Optional<Unreadable> unreadable(String message) {
        return Optional.of(new Unreadable(Reason.UNREADABLE_FILE, message));
    }

    private static boolean startsWith(byte[] head, int... signature) {
        if (head.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((head[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    private static long firstNulByte(Path file) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long offset = 0;
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == 0) {
                        return offset + i;
                    }
                }
                offset += n;
            }
        }
        return -1;
    }
}
