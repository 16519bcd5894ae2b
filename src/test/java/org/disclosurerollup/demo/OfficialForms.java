package org.disclosurerollup.demo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.disclosurerollup.catalog.Template;
import org.disclosurerollup.export.FillInTemplate;
import org.disclosurerollup.register.Unit;

/**
 * Official-form workbooks for thousands of units, as {@link OfficialFormLayout} fills them in, several times faster:
 * the blank form of a unit type is rendered and its value cells found once; each unit gets a copy of it with its name
 * and figures typed in.
 */
final class OfficialForms {

    private static final String PLACEHOLDER = "〔填报单位〕";

    private final Template template;
    private final int year;
    private final Map<String, byte[]> blankByUnitType = new HashMap<>();
    private Map<String, CellReference> valueCells;

    OfficialForms(Template template, int year) {
        this.template = template;
        this.year = year;
    }

    byte[] filled(Unit unit, List<LongRow> rows) {
        byte[] blank = blankByUnitType.computeIfAbsent(unit.type().id(),
                type -> OfficialFormLayout.filledTemplate(template, PLACEHOLDER, type, year, List.of()));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(blank))) {
            if (valueCells == null) {
                valueCells = OfficialFormLayout.valueCells(book);
            }
            book.forEach(sheet -> name(sheet, unit.name()));
            Sheet form = book.getSheet(FillInTemplate.FORM_SHEET);
            for (LongRow row : rows) {
                CellReference at = valueCells.get(row.code());
                LongExcelLayout.cell(form.getRow(at.getRow()), at.getCol(), row.value());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return LongExcelLayout.withFixedEntryTimes(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the unit's name wherever the blank has the placeholder ({@code 填报单位：…}, titles). */
    private static void name(Sheet sheet, String unitName) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().contains(PLACEHOLDER)) {
                    cell.setCellValue(cell.getStringCellValue().replace(PLACEHOLDER, unitName));
                }
            }
        }
    }
}
