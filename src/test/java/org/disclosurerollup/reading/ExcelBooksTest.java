package org.disclosurerollup.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
