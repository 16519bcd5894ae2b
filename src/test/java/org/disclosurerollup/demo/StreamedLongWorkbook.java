package org.disclosurerollup.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One long-layout workbook of any size, written as rows come (POI's streaming writer keeps 100 rows in memory): one
 * sheet {@code 数据}, header {@code 单位 年度 指标代码 指标名称 数值}, year and value as numeric cells.
 */
final class StreamedLongWorkbook implements AutoCloseable {

    private static final int ROWS_IN_MEMORY = 100;

    private final Path file;
    private final SXSSFWorkbook book = new SXSSFWorkbook(new XSSFWorkbook(), ROWS_IN_MEMORY, true, true);
    private final Sheet sheet = book.createSheet("数据");
    private int lastRow;

    StreamedLongWorkbook(Path file) {
        this.file = file;
        Row header = sheet.createRow(0);
        String[] names = {"单位", "年度", "指标代码", "指标名称", "数值"};
        for (int i = 0; i < names.length; i++) {
            header.createCell(i).setCellValue(names[i]);
        }
    }

    void append(List<LongRow> rows) {
        for (LongRow longRow : rows) {
            Row row = sheet.createRow(++lastRow);
            row.createCell(0).setCellValue(longRow.unit());
            LongExcelLayout.cell(row, 1, longRow.year());
            row.createCell(2).setCellValue(longRow.code());
            row.createCell(3).setCellValue(longRow.indicator());
            LongExcelLayout.cell(row, 4, longRow.value());
        }
    }

    @Override
    public void close() throws IOException {
        try (book; OutputStream out = Files.newOutputStream(file)) {
            book.write(out);
        } finally {
            book.dispose();
        }
    }
}
