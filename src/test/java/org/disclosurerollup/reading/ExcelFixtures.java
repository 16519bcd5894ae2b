package org.disclosurerollup.reading;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Tiny workbooks written by POI for tests: {@code sheet("数据").row(0, "单位", "数值")…save(path)}. */
public final class ExcelFixtures {

    /** A formula cell; its cached value is computed when the workbook is saved. */
    public record Formula(String formula) {
    }

    private final Workbook book;
    private final CellStyle dateStyle;
    private Sheet sheet;

    private ExcelFixtures(Workbook book) {
        this.book = book;
        this.dateStyle = book.createCellStyle();
        dateStyle.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
    }

    /** A workbook in the format of the file name's extension. */
    public static ExcelFixtures workbookFor(Path file) {
        return new ExcelFixtures(file.toString().endsWith(".xls") ? new HSSFWorkbook() : new XSSFWorkbook());
    }

    public ExcelFixtures sheet(String name) {
        sheet = book.createSheet(name);
        return this;
    }

    /** Writes {@code values} from column A of the 0-based row; null leaves a cell out. */
    public ExcelFixtures row(int rowIndex, Object... values) {
        Row row = sheet.createRow(rowIndex);
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof LocalDate date) {
                cell.setCellValue(date);
                cell.setCellStyle(dateStyle);
            } else if (value instanceof Formula formula) {
                cell.setCellFormula(formula.formula());
            } else {
                cell.setCellValue(value.toString());
            }
        }
        return this;
    }

    public ExcelFixtures merge(String range) {
        sheet.addMergedRegion(CellRangeAddress.valueOf(range));
        return this;
    }

    public Path save(Path file) throws IOException {
        book.getCreationHelper().createFormulaEvaluator().evaluateAll();
        try (OutputStream out = Files.newOutputStream(file)) {
            book.write(out);
        }
        book.close();
        return file;
    }
}
