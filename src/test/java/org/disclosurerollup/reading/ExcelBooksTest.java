package org.disclosurerollup.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which workbooks may be opened whole (to look for an official form) without risking the heap. */
class ExcelBooksTest {

    @TempDir
    Path dir;

    @Test
    void anOfficialFormIsSmallEnough() {
        assertThat(ExcelBooks.smallEnoughToOpenWhole(Path.of("src/test/resources/examples/东大街街道_2024.xlsx"), "xlsx"))
                .isTrue();
    }

    @Test
    void aLongSheetOfFiftyThousandRowsIsNotThoughItsFileIsSmall() throws IOException {
        Path file = longSheet(dir.resolve("长表.xlsx"), 50_000);

        assertThat(Files.size(file)).isLessThan(ExcelBooks.LARGEST_WHOLE_FILE_BYTES);
        assertThat(ExcelBooks.smallEnoughToOpenWhole(file, "xlsx")).isFalse();
    }

    @Test
    void aLongSheetOfAFewHundredRowsIs() throws IOException {
        assertThat(ExcelBooks.smallEnoughToOpenWhole(longSheet(dir.resolve("短表.xlsx"), 300), "xlsx")).isTrue();
    }

    @Test
    void aFileThatIsNoZipIsNot() throws IOException {
        Path file = Files.writeString(dir.resolve("假.xlsx"), "单位,数值\n");

        assertThat(ExcelBooks.smallEnoughToOpenWhole(file, "xlsx")).isFalse();
    }

    @Test
    void anXlsLargerThanTheFormatNeedsIsNotReadAtAll() throws IOException {
        Path file = dir.resolve("大.xls");
        Files.write(file, new byte[(int) ExcelBooks.LARGEST_XLS_BYTES + 1]);

        assertThat(ExcelBooks.tooLargeToRead(file, "xls")).contains(
                "这个.xls文件有20 MB，旧版.xls超过20 MB时不读取（会占用过多内存）：请用Excel或WPS另存为.xlsx后提交");
    }

    @Test
    void sharedStringsDeclaredLargerThanTheCapAreNotReadAtAll() throws IOException {
        Path file = dir.resolve("文字多.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            byte[] block = new byte[1024 * 1024];
            for (int i = 0; i <= 64; i++) {
                zip.write(block);
            }
            zip.closeEntry();
        }

        assertThat(ExcelBooks.tooLargeToRead(file, "xlsx")).contains(
                "文件中的文字内容过多（解压后65 MB，上限64 MB），为安全起见没有读取：请只提交本单位本年度的统计表");
        assertThat(ExcelBooks.tooLargeToRead(longSheet(dir.resolve("长表.xlsx"), 1_000), "xlsx")).isEmpty();
    }

    private static Path longSheet(Path file, int rows) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("数据");
            for (int i = 0; i < rows; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue("四坝镇");
                row.createCell(1).setCellValue("P02@M");
                row.createCell(2).setCellValue(i);
            }
            book.write(out);
        }
        return file;
    }
}
