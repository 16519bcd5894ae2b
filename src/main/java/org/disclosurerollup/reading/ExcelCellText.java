package org.disclosurerollup.reading;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;

/**
 * The text of an Excel cell as the value parser should see it: numbers exactly as Excel shows them (15 significant
 * digits, so 2.92 stays 2.92 and 90.0 becomes 90), formulas by their cached result, a date as a date (which no value
 * column accepts), an error cell as its error text, a formula saved without its result as nothing (see
 * {@link #problem}).
 */
public final class ExcelCellText {

    /** Excel keeps and shows 15 significant digits; the rest of a double is binary noise. */
    private static final MathContext EXCEL_PRECISION = new MathContext(15);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private ExcelCellText() {
    }

    /** The cell's text; {@code ""} for a blank cell or none. */
    public static String of(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (uncomputed(cell)) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().format(DATE)
                    : number(cell.getNumericCellValue());
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
            default -> "";
        };
    }

    /**
     * Why the cell's text is not what the file means: a formula saved without its result (programs that do not
     * calculate, some WPS exports, write {@code <f>} with no or an empty {@code <v>}); empty for any other cell. An
     * {@code .xls} always stores a formula's result, so this is about {@code .xlsx} only.
     */
    static Optional<String> problem(Cell cell) {
        if (cell == null || !uncomputed(cell)) {
            return Optional.empty();
        }
        return Optional.of("单元格" + new CellReference(cell.getRowIndex(), cell.getColumnIndex()).formatAsString()
                + "是公式（=" + cell.getCellFormula() + "），但文件中没有保存计算结果：请用Excel或WPS打开后保存再提交");
    }

    /**
     * A formula with no result saved. The whole-workbook reader shows it as 0 (its {@code <v>} is absent or empty); the
     * streaming reader as a blank result (no {@code <v>}) or as a number that does not parse (an empty {@code <v/>}).
     * A string result may be empty: {@code =IF(A1>0,A1,"")} is a blank on purpose.
     */
    private static boolean uncomputed(Cell cell) {
        if (cell.getCellType() != CellType.FORMULA) {
            return false;
        }
        CellType result = cell.getCachedFormulaResultType();
        if (result == CellType.STRING) {
            return false;
        }
        if (result == CellType.BLANK) {
            return true;
        }
        if (cell instanceof XSSFCell whole) {
            CTCell xml = whole.getCTCell();
            return !xml.isSetV() || xml.getV().isEmpty();
        }
        if (result == CellType.NUMERIC) {
            try {
                cell.getNumericCellValue();
            } catch (NumberFormatException emptyValue) {
                return true;
            }
        }
        return false;
    }

    /** A double as Excel shows it in a General cell, in plain notation. */
    static String number(double value) {
        if (value == 0) {
            return "0";
        }
        return new BigDecimal(value).round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
    }
}
