package org.disclosurerollup.demo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A long-layout submission as a clerk lays it out in Excel: a 填表说明 sheet first, then the data sheet with a title row
 * and a blank row above the header {@code 单位 年度 指标代码 指标名称 数值}; years and figures are numeric cells, text
 * values (“0件”, “—”) text cells. The same bytes on every run.
 */
final class LongExcelLayout {

    /** POI stamps a new workbook with the time; the demo files carry this one. */
    static final Date CREATED = new Date(1_735_660_800_000L);

    private LongExcelLayout() {
    }

    static byte[] xlsx(String title, List<LongRow> rows) {
        XSSFWorkbook book = new XSSFWorkbook();
        book.getProperties().getCoreProperties().setCreated(Optional.of(CREATED));
        return withFixedEntryTimes(write(fill(book, title, rows)));
    }

    static byte[] xls(String title, List<LongRow> rows) {
        return write(fill(new HSSFWorkbook(), title, rows));
    }

    /** The xlsx encrypted with a password (ECMA-376 agile), with fixed salts so that the bytes repeat. */
    static byte[] encryptedXlsx(String title, List<LongRow> rows, String password) {
        byte[] plain = xlsx(title, rows);
        Random salts = new Random(title.hashCode());
        try (POIFSFileSystem container = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password, bytes(salts, 32), bytes(salts, 16), bytes(salts, 16), bytes(salts, 16),
                    bytes(salts, 64));
            try (OutputStream data = encryptor.getDataStream(container)) {
                data.write(plain);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            container.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The xlsx cut off after its first half, as an interrupted download leaves it. */
    static byte[] truncatedXlsx(String title, List<LongRow> rows) {
        byte[] whole = xlsx(title, rows);
        return Arrays.copyOf(whole, whole.length / 2);
    }

    private static Workbook fill(Workbook book, String title, List<LongRow> rows) {
        book.createSheet("填表说明").createRow(0).createCell(0).setCellValue("每行填写一个指标的数值；没有发生的填0，不适用的填“—”");
        Sheet sheet = book.createSheet("数据");
        sheet.createRow(0).createCell(0).setCellValue(title);
        Row header = sheet.createRow(2);
        String[] names = {"单位", "年度", "指标代码", "指标名称", "数值"};
        for (int i = 0; i < names.length; i++) {
            header.createCell(i).setCellValue(names[i]);
        }
        int rowIndex = 3;
        for (LongRow longRow : rows) {
            Row row = sheet.createRow(rowIndex++);
            row.createCell(0).setCellValue(longRow.unit());
            cell(row, 1, longRow.year());
            row.createCell(2).setCellValue(longRow.code());
            row.createCell(3).setCellValue(longRow.indicator());
            cell(row, 4, longRow.value());
        }
        return book;
    }

    /** A number as a numeric cell, anything else as text, nothing for blank. */
    static void cell(Row row, int column, String text) {
        if (text.isEmpty()) {
            return;
        }
        try {
            row.createCell(column).setCellValue(new BigDecimal(text).doubleValue());
        } catch (NumberFormatException notANumber) {
            row.createCell(column).setCellValue(text);
        }
    }

    private static byte[] write(Workbook book) {
        try (book) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same ZIP with every entry stamped {@link #CREATED} instead of the time of writing. */
    static byte[] withFixedEntryTimes(byte[] zip) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream rewritten = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(CREATED.getTime());
                rewritten.putNextEntry(copy);
                in.transferTo(rewritten);
                rewritten.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] bytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }
}
