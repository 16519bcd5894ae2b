package org.disclosurerollup.reading;

import com.github.pjfanning.xlsx.StreamingReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Opens an Excel submission for reading, with {@link ExcelLimits} in force. An {@code .xlsx} is streamed: rows are
 * parsed as they are read, a hundred at a time, so memory does not grow with the file; its sheets can be read once
 * each, top down. An {@code .xls} is opened whole as a POI HSSF workbook: the format caps a sheet at 65,536 rows and
 * the file at {@code rollup.max-file-size}, and the usermodel gives cell styles (dates), cached formula results and
 * merged regions as the {@code .xlsx} reader does, through the same {@link org.apache.poi.ss.usermodel.Cell}.
 */
final class ExcelBooks {

    /** How the job opens workbooks; tests put a failing double in its place. */
    @FunctionalInterface
    interface Opener {
        Workbook open(Path file, String fileType) throws IOException;
    }

    /**
     * An official form is read from the whole workbook in memory. A form's sheets hold a few hundred cells (their XML a
     * few hundred KB, a scanned seal adds only an image); sheets of this many bytes hold tens of thousands of cells,
     * hundreds of MB once opened whole, so such a workbook is not opened whole.
     */
    static final long LARGEST_WHOLE_SHEETS_BYTES = 2L * 1024 * 1024;
    /** An {@code .xls} is held whole anyway; a form file is never this large. */
    static final long LARGEST_WHOLE_FILE_BYTES = 10L * 1024 * 1024;

    /** An {@code .xls} is read whole; the format's 65,536 rows of a long layout take a few MB. */
    static final long LARGEST_XLS_BYTES = 20L * 1024 * 1024;
    /** The shared strings of an {@code .xlsx} are held in memory while its rows stream by. */
    static final long LARGEST_SHARED_STRINGS_BYTES = 64L * 1024 * 1024;

    static final Opener POI = ExcelBooks::open;
    static final Opener POI_WHOLE = ExcelBooks::openWhole;

    static {
        ExcelLimits.apply();
    }

    private ExcelBooks() {
    }

    static Workbook open(Path file, String fileType) throws IOException {
        if (fileType.equals("xls")) {
            try (InputStream in = Files.newInputStream(file)) {
                return new HSSFWorkbook(in);
            }
        }
        return streamed(file);
    }

    /**
     * The whole workbook in memory, cells addressable in any order, as reading an official form needs: for small
     * files only (a 50 MB {@code .xlsx} would take gigabytes).
     */
    static Workbook openWhole(Path file, String fileType) throws IOException {
        if (fileType.equals("xls")) {
            return open(file, fileType);
        }
        try {
            return new XSSFWorkbook(OPCPackage.open(file.toFile(), PackageAccess.READ));
        } catch (InvalidFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * Why the workbook is not read at all, decided before any parsing: what the job holds in memory to read it (an
     * {@code .xls} whole, an {@code .xlsx}'s shared strings by the size its ZIP directory declares) would be too large.
     */
    static Optional<String> tooLargeToRead(Path file, String fileType) {
        try {
            if (fileType.equals("xls")) {
                long size = Files.size(file);
                return size <= LARGEST_XLS_BYTES ? Optional.empty() : Optional.of("这个.xls文件有" + megabytes(size)
                        + " MB，旧版.xls超过" + megabytes(LARGEST_XLS_BYTES) + " MB时不读取（会占用过多内存）：请用Excel或WPS另存为.xlsx后提交");
            }
            try (ZipFile zip = new ZipFile(file.toFile())) {
                ZipEntry strings = zip.getEntry("xl/sharedStrings.xml");
                if (strings != null && strings.getSize() > LARGEST_SHARED_STRINGS_BYTES) {
                    return Optional.of("文件中的文字内容过多（解压后" + megabytes(strings.getSize()) + " MB，上限"
                            + megabytes(LARGEST_SHARED_STRINGS_BYTES) + " MB），为安全起见没有读取：请只提交本单位本年度的统计表");
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }

    /**
     * Whether the workbook is small enough for {@link #openWhole}: for an {@code .xlsx}, by the unpacked sizes its ZIP
     * directory declares for the sheets and the shared strings (the inflation limits of {@link ExcelLimits} stop a
     * file whose entries inflate past what they declare); for an {@code .xls}, by its size.
     */
    static boolean smallEnoughToOpenWhole(Path file, String fileType) {
        try {
            if (Files.size(file) > LARGEST_WHOLE_FILE_BYTES) {
                return false;
            }
            if (fileType.equals("xls")) {
                return true;
            }
            long sheetBytes = 0;
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    String name = entry.getName();
                    if (name.startsWith("xl/worksheets/") || name.equals("xl/sharedStrings.xml")) {
                        if (entry.getSize() < 0) {
                            return false;
                        }
                        sheetBytes += entry.getSize();
                    }
                }
            }
            return sheetBytes <= LARGEST_WHOLE_SHEETS_BYTES;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static Workbook streamed(Path file) {
        return StreamingReader.builder()
                .rowCacheSize(100)
                .bufferSize(8192)
                .setReadComments(false)
                .setReadHyperlinks(false)
                .setReadShapes(false)
                .setReadCoreProperties(false)
                .setReadSharedFormulas(false)
                .open(file.toFile());
    }
}
