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
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;

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

    /**
     * Removes the saved result of formula cells of the first sheet of an {@code .xlsx}, as programs that do not
     * calculate write them: {@code <f>} and no {@code <v>}.
     */
    public static void dropFormulaResults(Path file, String... cells) throws IOException {
        rewriteFormulaCells(file, false, cells);
    }

    /** Empties the saved result of formula cells: {@code <v/>}, as some WPS exports write them. */
    public static void emptyFormulaResults(Path file, String... cells) throws IOException {
        rewriteFormulaCells(file, true, cells);
    }

    private static void rewriteFormulaCells(Path file, boolean emptyValue, String... cells) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
            for (String ref : cells) {
                CellReference at = new CellReference(ref);
                CTCell cell = book.getSheetAt(0).getRow(at.getRow()).getCell(at.getCol()).getCTCell();
                if (cell.isSetV()) {
                    cell.unsetV();
                }
                if (cell.isSetT()) {
                    cell.unsetT();
                }
                if (emptyValue) {
                    cell.setV("");
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }
    }

    public ExcelFixtures merge(String range) {
        sheet.addMergedRegion(CellRangeAddress.valueOf(range));
        return this;
    }

    public Path save(Path file) throws IOException {
        if (book.getNumberOfSheets() > 0) {
            book.getCreationHelper().createFormulaEvaluator().evaluateAll();
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            book.write(out);
        }
        book.close();
        return file;
    }
}
