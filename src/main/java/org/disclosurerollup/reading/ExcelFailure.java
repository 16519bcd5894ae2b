package org.disclosurerollup.reading;

import java.nio.file.Path;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.disclosurerollup.support.Failures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What to tell a person whose Excel file the parser gave up on, whatever it threw. */
final class ExcelFailure {

    private static final Logger log = LoggerFactory.getLogger(ExcelFailure.class);
    private static final String SAVE_AGAIN = "请用Excel或WPS打开，确认内容完整后另存为.xlsx再提交";
    private static final String CORRUPT = "文件已损坏、不完整或不是Excel工作簿";

    private ExcelFailure() {
    }

    /**
     * @param file      the file being read, for the log (the clerk's message names no class of the parser)
     * @param afterRow  the physical row read last; 0 when the failure came before any row
     * @param headerRow the long-layout header's row, once known; 0 before
     */
    static String message(Path file, Throwable failure, int afterRow, int headerRow) {
        String what = what(failure);
        if (what.equals(CORRUPT)) {
            log.warn("无法读取Excel文件 {}：{}", file, String.valueOf(failure));
        }
        if (afterRow > headerRow && headerRow > 0) {
            return "读到第" + afterRow + "行之后无法继续读取（" + what + "）：本文件的数据都没有计入，" + SAVE_AGAIN;
        }
        return what.equals(FileSignature.ENCRYPTED) ? what : "无法读取Excel文件（" + what + "）：" + SAVE_AGAIN;
    }

    /** True when the file is encrypted: its own message, nothing to add. */
    static boolean encrypted(Throwable failure) {
        return Failures.find(failure, EncryptedDocumentException.class).isPresent();
    }

    private static String what(Throwable failure) {
        if (encrypted(failure)) {
            return FileSignature.ENCRYPTED;
        }
        if (Failures.find(failure, OldExcelFormatException.class).isPresent()) {
            return "是Excel 95或更早的旧格式";
        }
        if (Failures.find(failure, OutOfMemoryError.class).isPresent()) {
            return "内容过于庞大，读取时内存不足";
        }
        if (Failures.find(failure, StackOverflowError.class).isPresent()) {
            return "文件结构异常，嵌套过深";
        }
        if (zipBomb(failure)) {
            return "解压后异常庞大或内部文件过多，疑似“压缩炸弹”，为安全起见没有读取";
        }
        return CORRUPT;
    }

    private static boolean zipBomb(Throwable failure) {
        for (Throwable t : Failures.chain(failure)) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb") || message.contains(ZipSecureFile.MAX_FILE_COUNT_MSG.substring(0, 30))) {
                return true;
            }
        }
        return false;
    }
}
