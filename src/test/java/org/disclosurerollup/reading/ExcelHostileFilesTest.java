package org.disclosurerollup.reading;

import org.disclosurerollup.catalog.Catalog;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.disclosurerollup.audit.Reason;
import org.disclosurerollup.reading.FileInspection.Readable;
import org.disclosurerollup.reading.FileInspection.Unreadable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Files that must be rejected, one defect each, and parsers that throw anything: never more than that file fails. */
class ExcelHostileFilesTest {

    private static final String SAVE_AGAIN = "请用Excel或WPS打开，确认内容完整后另存为.xlsx再提交";

    @TempDir
    Path dir;

    private final SubmissionFileInspector inspector = new SubmissionFileInspector(Catalog.fromClasspath());

    @Test
    void anAgileEncryptedXlsxIsEncrypted() throws Exception {
        Path plain = goodWorkbook("plain.xlsx");
        Path encrypted = dir.resolve("四坝镇_2024.xlsx");
        try (POIFSFileSystem container = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("秘密");
            try (OutputStream data = encryptor.getDataStream(container)) {
                Files.copy(plain, data);
            }
            try (OutputStream out = Files.newOutputStream(encrypted)) {
                container.writeFilesystem(out);
            }
        }

        assertThat(inspector.inspect(encrypted)).isEqualTo(unreadable("文件已加密：请在Excel中取消密码后另存再提交"));
    }

    @Test
    void aPasswordProtectedXlsIsEncrypted() throws IOException {
        Biff8EncryptionKey.setCurrentUserPassword("秘密");
        Path encrypted;
        try {
            encrypted = goodWorkbook("四坝镇_2024.xls");
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }

        assertThat(inspector.inspect(encrypted)).isEqualTo(unreadable("文件已加密：请在Excel中取消密码后另存再提交"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void aTruncatedWorkbookIsCorrupt(String type) throws IOException {
        Path whole = goodWorkbook("whole." + type);
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = Files.write(dir.resolve("四坝镇_2024." + type), Arrays.copyOf(bytes, bytes.length / 2));

        assertThat(inspector.inspect(truncated)).isInstanceOfSatisfying(Unreadable.class, u -> {
            assertThat(u.reason()).isEqualTo(Reason.UNREADABLE_FILE);
            assertThat(u.message()).isEqualTo("无法读取Excel文件（文件已损坏、不完整或不是Excel工作簿）：" + SAVE_AGAIN);
            assertThat(u.layout()).isNull();
        });
    }

    @Test
    void garbageAfterAZipSignatureIsCorrupt() throws IOException {
        byte[] garbage = new byte[2000];
        new java.util.Random(7).nextBytes(garbage);
        garbage[0] = 'P';
        garbage[1] = 'K';
        garbage[2] = 3;
        garbage[3] = 4;
        Path file = Files.write(dir.resolve("四坝镇_2024.xlsx"), garbage);

        assertThat(inspector.inspect(file)).isEqualTo(unreadable("无法读取Excel文件（文件已损坏、不完整或不是Excel工作簿）："
                + SAVE_AGAIN));
    }

    @Test
    void aSheetThatInflatesAbsurdlyIsAZipBomb() throws IOException {
        Path good = goodWorkbook("good.xlsx");
        Path bomb = dir.resolve("四坝镇_2024.xlsx");
        try (ZipFile in = new ZipFile(good.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream part = in.getInputStream(entry)) {
                    byte[] content = part.readAllBytes();
                    if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                        String xml = new String(content, StandardCharsets.UTF_8);
                        int rows = xml.indexOf("<sheetData>") + "<sheetData>".length();
                        out.write(xml.substring(0, rows).getBytes(StandardCharsets.UTF_8));
                        byte[] spaces = new byte[1 << 20];
                        Arrays.fill(spaces, (byte) ' ');
                        for (int i = 0; i < 20; i++) {
                            out.write(spaces);
                        }
                        out.write(xml.substring(rows).getBytes(StandardCharsets.UTF_8));
                    } else {
                        out.write(content);
                    }
                }
                out.closeEntry();
            }
        }

        assertThat(inspector.inspect(bomb)).isEqualTo(unreadable(
                "无法读取Excel文件（解压后异常庞大或内部文件过多，疑似“压缩炸弹”，为安全起见没有读取）：" + SAVE_AGAIN));
    }

    @Test
    void aParserOverflowingTheStackWhileOpeningRejectsOnlyThatFile() throws IOException {
        Path file = goodWorkbook("四坝镇_2024.xlsx");
        SubmissionFileInspector overflowing = new SubmissionFileInspector((path, type) -> {
            throw new StackOverflowError();
        }, ExcelBooks.POI_WHOLE, Catalog.fromClasspath());

        assertThat(overflowing.inspect(file)).isEqualTo(unreadable("无法读取Excel文件（文件结构异常，嵌套过深）：" + SAVE_AGAIN));
    }

    @Test
    void aParserFailingMidFileRejectsTheFileWholeWithItsRowsCountable() throws IOException {
        Path file = ExcelFixtures.workbookFor(dir.resolve("x.xlsx")).sheet("数据")
                .row(0, "指标代码", "数值").row(1, "L01_2_2", 1).row(2, "L01_2_3", 2).row(3, "L01_2_4", 3)
                .save(dir.resolve("四坝镇_2024.xlsx"));
        ExcelBooks.Opener failsAfterRow3 = (path, type) -> failingAfter(ExcelBooks.POI.open(path, type), 3,
                new OutOfMemoryError("Java heap space"));

        FileInspection inspection = new SubmissionFileInspector(failsAfterRow3, ExcelBooks.POI_WHOLE, Catalog.fromClasspath()).inspect(file);

        Readable layout = Readable.excel("xlsx", new ExcelSheet(0, "数据", List.of()),
                new HeaderMap(Map.of(Column.CODE, 0, Column.VALUE, 1), 1));
        assertThat(inspection).isEqualTo(new Unreadable(Reason.UNREADABLE_FILE,
                "读到第3行之后无法继续读取（内容过于庞大，读取时内存不足）：本文件的数据都没有计入，" + SAVE_AGAIN, layout));
        try (RowSource rows = RowSources.open(file, layout, failsAfterRow3)) {
            assertThat(rows.next().rowNumber()).isEqualTo(2);
            assertThat(rows.next().rowNumber()).isEqualTo(3);
            assertThatExceptionOfType(ExcelReadException.class).isThrownBy(rows::next)
                    .satisfies(e -> assertThat(e.afterRow()).isEqualTo(3));
        }
    }

    /** A workbook whose sheets throw {@code failure} when asked for the row after physical row {@code lastGoodRow}. */
    private static Workbook failingAfter(Workbook real, int lastGoodRow, Error failure) {
        return proxy(Workbook.class, real, (name, result) -> !name.equals("getSheetAt") ? result
                : proxy(Sheet.class, (Sheet) result, (sheetMethod, sheetResult) -> !sheetMethod.equals("rowIterator")
                        ? sheetResult : new FailingRows((Iterator<Row>) sheetResult, lastGoodRow, failure)));
    }

    private record FailingRows(Iterator<Row> rows, int lastGoodRow, Error failure) implements Iterator<Row> {
        @Override
        public boolean hasNext() {
            return rows.hasNext();
        }

        @Override
        public Row next() {
            Row row = rows.next();
            if (row.getRowNum() + 1 > lastGoodRow) {
                throw failure;
            }
            return row;
        }
    }

    private interface ResultMapper {
        Object map(String method, Object result);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T real, ResultMapper mapper) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            try {
                return mapper.map(method.getName(), method.invoke(real, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }

    private Path goodWorkbook(String name) throws IOException {
        return ExcelFixtures.workbookFor(dir.resolve(name)).sheet("数据")
                .row(0, "指标代码", "数值").row(1, "L01_2_2", 5)
                .save(dir.resolve(name));
    }

    private static Unreadable unreadable(String message) {
        return new Unreadable(Reason.UNREADABLE_FILE, message);
    }
}
