package org.disclosurerollup.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Checks that an upload's bytes are what its extension says: {@code .xlsx} a ZIP package, {@code .xls} an OLE2
 * compound file, {@code .csv} text (no NUL bytes, UTF-8 or GB18030). Returns why not, or empty.
 */
final class SpreadsheetContent {

    static final int TEXT_SAMPLE = 64 * 1024;
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};
    private static final byte[] PDF = {0x25, 0x50, 0x44, 0x46};

    private SpreadsheetContent() {
    }

    /** @param head the first bytes of the file (up to {@link #TEXT_SAMPLE}) */
    static Optional<String> problem(String extension, byte[] head, long size) {
        if (size == 0) {
            return Optional.of("文件是空的");
        }
        switch (extension) {
            case "xlsx":
                return startsWith(head, ZIP) ? Optional.empty()
                        : Optional.of("扩展名是 .xlsx，但内容不是 Excel 2007 及以上版本的工作簿" + what(head));
            case "xls":
                return startsWith(head, OLE2) ? Optional.empty()
                        : Optional.of("扩展名是 .xls，但内容不是 Excel 97-2003 工作簿" + what(head));
            case "csv":
                return textProblem(head, size);
            default:
                return Optional.of("只接受 .csv、.xlsx、.xls 文件");
        }
    }

    private static Optional<String> textProblem(byte[] head, long size) {
        if (startsWith(head, ZIP) || startsWith(head, OLE2) || startsWith(head, PDF)) {
            return Optional.of("扩展名是 .csv，但内容不是文本" + what(head));
        }
        for (byte b : head) {
            if (b == 0) {
                return Optional.of("扩展名是 .csv，但内容不是文本（含有 NUL 字节）：请用 Excel 或 WPS 另存为“CSV UTF-8”");
            }
        }
        int length = head.length;
        if (size > head.length) {
            length = lastLineBreak(head);
        }
        byte[] sample = Arrays.copyOf(head, length);
        if (decodes(sample, StandardCharsets.UTF_8) || decodes(sample, Charset.forName("GB18030"))) {
            return Optional.empty();
        }
        return Optional.of("扩展名是 .csv，但内容不是 UTF-8 或 GBK 文本：请用 Excel 或 WPS 另存为“CSV UTF-8”");
    }

    /** A sample cut inside a multi-byte character would not decode: end it at its last line break. */
    private static int lastLineBreak(byte[] head) {
        for (int i = head.length - 1; i >= 0; i--) {
            if (head[i] == '\n') {
                return i + 1;
            }
        }
        return head.length;
    }

    private static boolean decodes(byte[] bytes, Charset charset) {
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String what(byte[] head) {
        if (startsWith(head, ZIP)) {
            return "（内容是 ZIP/xlsx 文件）";
        }
        if (startsWith(head, OLE2)) {
            return "（内容是 xls/doc 等旧版 Office 文件）";
        }
        if (startsWith(head, PDF)) {
            return "（内容是 PDF 文件）";
        }
        return "：请确认文件没有损坏，扩展名没有被改过";
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
