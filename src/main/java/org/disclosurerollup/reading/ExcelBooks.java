package org.disclosurerollup.reading;

import com.github.pjfanning.xlsx.StreamingReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
