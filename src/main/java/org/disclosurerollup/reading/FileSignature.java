package org.disclosurerollup.reading;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.disclosurerollup.audit.Reason;
import org.disclosurerollup.reading.FileInspection.Unreadable;

/**
 * Tells a text file from an empty, Excel, encrypted, PDF, UTF-16 or other binary file by its bytes, whatever its name
 * says; an {@code .xlsx} must be a ZIP and an {@code .xls} an OLE2 file, else it is not what its name says.
 */
final class FileSignature {

    static final String ENCRYPTED = "文件已加密：请在Excel中取消密码后另存再提交";
    private static final String SUBMIT_EXCEL = "请提交Excel文件，或用Excel或WPS另存的“CSV UTF-8”文件";
    /** The part every {@code .xlsx} workbook has (the one Excel, WPS and POI write). */
    private static final String WORKBOOK_PART = "xl/workbook.xml";
    private static final String SAVE_AS_CSV = "请用Excel或WPS另存为“CSV UTF-8”后重新提交";
    /** Where an OLE2 container keeps the key of an encrypted {@code .xlsx} (ECMA-376 Agile or Standard). */
    private static final String ENCRYPTION_INFO = "EncryptionInfo";

    private FileSignature() {
    }

    /** Why the file cannot be what its extension says (or is empty, or encrypted), or empty when it may be. */
    static Optional<Unreadable> notWhatItsNameSays(Path file) throws IOException {
        byte[] head = head(file);
        if (head.length == 0) {
            return unreadable("文件为空");
        }
        if (isOle2(head) && holdsEncryptedOoxml(file)) {
            return unreadable(ENCRYPTED);
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        String type = extension.toLowerCase(Locale.ROOT);
        Optional<String> otherZip = isZip(head) ? notAWorkbook(file) : Optional.empty();
        if (type.equals("xlsx") && !isZip(head) || type.equals("xls") && !isOle2(head)
                || type.equals("xlsx") && otherZip.isPresent()) {
            return unreadable("文件扩展名是“." + extension + "”，但" + whatItIs(file, head));
        }
        if (otherZip.isPresent()) {
            return unreadable("文件内容不是Excel文件（是" + otherZip.get() + "）：" + SUBMIT_EXCEL);
        }
        if (!type.equals("xlsx") && !type.equals("xls") && (isZip(head) || isOle2(head))) {
            String excel = isZip(head) ? ".xlsx" : ".xls";
            return unreadable("这是Excel文件（" + excel + "格式），扩展名却是“." + extension + "”：请把扩展名改为" + excel
                    + "后重新提交");
        }
        return Optional.empty();
    }

    /** {@code xlsx} for a ZIP, {@code xls} for an OLE2 file, empty for anything else (perhaps text). */
    static Optional<String> excelType(Path file) throws IOException {
        byte[] head = head(file);
        return isZip(head) ? Optional.of("xlsx") : isOle2(head) ? Optional.of("xls") : Optional.empty();
    }

    /** Why a file that is not Excel is not a text file either, or empty when it may be one. */
    static Optional<Unreadable> notText(Path file) throws IOException {
        byte[] head = head(file);
        if (startsWith(head, 0x25, 0x50, 0x44, 0x46)) {
            return unreadable("这是PDF文件，不是CSV文本文件：请提交用Excel或WPS另存的“CSV UTF-8”文件");
        }
        if (isUtf16(head)) {
            return Optional.of(new Unreadable(Reason.ENCODING_ERROR,
                    "文件是UTF-16编码（Excel的“Unicode文本”格式），" + SAVE_AS_CSV));
        }
        long nul = firstNulByte(file);
        if (nul >= 0) {
            return unreadable("文件第" + (nul + 1) + "个字节是NUL（0x00），不是CSV文本文件：" + SAVE_AS_CSV);
        }
        return Optional.empty();
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(16);
        }
    }

    /**
     * An encrypted {@code .xlsx} is an OLE2 container holding the encryption info and the encrypted package. A
     * container too broken to list is left to the parser, which says it is corrupt.
     */
    private static boolean holdsEncryptedOoxml(Path file) {
        try (POIFSFileSystem container = new POIFSFileSystem(file.toFile(), true)) {
            return container.getRoot().hasEntryCaseInsensitive(ENCRYPTION_INFO);
        } catch (Throwable notAContainer) {
            return false;
        }
    }

    /**
     * What a ZIP that is no Excel workbook is (a Word or PowerPoint file renamed, a plain archive), or empty when it
     * holds {@value #WORKBOOK_PART} (or is too broken to list: the parser then says it is corrupt).
     */
    private static Optional<String> notAWorkbook(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry(WORKBOOK_PART) != null) {
                return Optional.empty();
            }
            if (zip.getEntry("word/document.xml") != null) {
                return Optional.of("Word文档");
            }
            if (zip.getEntry("ppt/presentation.xml") != null) {
                return Optional.of("PowerPoint演示文稿");
            }
            return Optional.of("ZIP压缩包，其中没有Excel工作簿");
        } catch (IOException | RuntimeException notListable) {
            return Optional.empty();
        }
    }

    /** What a file named as Excel really holds, and what to do about it. */
    private static String whatItIs(Path file, byte[] head) throws IOException {
        Optional<String> otherZip = isZip(head) ? notAWorkbook(file) : Optional.empty();
        if (otherZip.isPresent()) {
            return "内容不是Excel文件（是" + otherZip.get() + "）：" + SUBMIT_EXCEL;
        }
        if (isZip(head)) {
            return "内容不是.xls格式（是ZIP压缩包，可能是改了扩展名的.xlsx文件）：请用Excel打开后另存为.xlsx";
        }
        if (isOle2(head)) {
            return "内容不是.xlsx格式（是旧版.xls格式）：请用Excel打开后另存为.xlsx，或把扩展名改为.xls";
        }
        String notExcel = "内容不是Excel文件";
        if (startsWith(head, 0x25, 0x50, 0x44, 0x46)) {
            return notExcel + "（是PDF文件）：" + SUBMIT_EXCEL;
        }
        if (firstNulByte(file) >= 0 && !isUtf16(head)) {
            return notExcel + "（是其他二进制文件）：" + SUBMIT_EXCEL;
        }
        if (looksLikeMarkup(head)) {
            return notExcel + "（看起来是网页/XML文本）：请用Excel打开后另存为.xlsx";
        }
        return notExcel + "（看起来是文本/CSV）：请用Excel打开后另存为.xlsx，或把扩展名改为.csv";
    }

    private static boolean isZip(byte[] head) {
        return startsWith(head, 0x50, 0x4B, 0x03, 0x04);
    }

    private static boolean isOle2(byte[] head) {
        return startsWith(head, 0xD0, 0xCF, 0x11, 0xE0);
    }

    private static boolean isUtf16(byte[] head) {
        return startsWith(head, 0xFF, 0xFE) || startsWith(head, 0xFE, 0xFF);
    }

    /** Starts with {@code <} after an optional UTF-8 byte order mark and white space: HTML saved as "Excel". */
    private static boolean looksLikeMarkup(byte[] head) {
        int i = startsWith(head, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
            i++;
        }
        return i < head.length && head[i] == '<';
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
