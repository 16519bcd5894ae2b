package org.disclosurerollup.reading;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.disclosurerollup.catalog.CatalogCell;
import org.disclosurerollup.catalog.Template;
import org.disclosurerollup.catalog.TemplateTable;
import org.disclosurerollup.catalog.OfficialTableLayout;

/** Tiny form workbooks for the tests, built in memory. */
final class FormWorkbooks {

    private FormWorkbooks() {
    }

    static Workbook xlsx() {
        return new XSSFWorkbook();
    }

    static Workbook xls() {
        return new HSSFWorkbook();
    }

    /** Puts a text or a number at a cell reference such as {@code B3}. */
    static Cell put(Sheet sheet, String ref, Object value) {
        CellReference at = new CellReference(ref);
        Row row = sheet.getRow(at.getRow()) != null ? sheet.getRow(at.getRow()) : sheet.createRow(at.getRow());
        Cell cell = row.createCell(at.getCol());
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else {
            cell.setCellValue(String.valueOf(value));
        }
        return cell;
    }

    static void merge(Sheet sheet, String range) {
        sheet.addMergedRegion(CellRangeAddress.valueOf(range));
    }

    /**
     * The template's official tables laid out as the consolidated workbook lays them out, from row {@code top} (0-based)
     * of the sheet (only the given tables, when any), one under the other with a title row each; every value cell gets its own number (its index + 1;
     * amounts get {@code .25}). Returns the expected text of every code.
     */
    static Map<String, String> officialTables(Sheet sheet, Template template, int top, String... onlyTables) {
        Map<String, String> expected = new LinkedHashMap<>();
        int row = top;
        for (Map.Entry<TemplateTable, OfficialTableLayout> table : OfficialTableLayout.ofTemplate(template).entrySet()) {
            if (onlyTables.length > 0 && !List.of(onlyTables).contains(table.getKey().table())) {
                continue;
            }
            put(sheet, new CellReference(row, 0).formatAsString(), table.getKey().title());
            row += 1;
            writeTable(sheet, table.getValue(), row, expected);
            row += table.getValue().rows() + 1;
        }
        return expected;
    }

    private static void writeTable(Sheet sheet, OfficialTableLayout layout, int top, Map<String, String> expected) {
        for (OfficialTableLayout.Box box : layout.boxes()) {
            put(sheet, new CellReference(top + box.firstRow(), box.firstColumn()).formatAsString(), box.text());
            if (box.isMerged()) {
                sheet.addMergedRegion(new CellRangeAddress(top + box.firstRow(), top + box.lastRow(), box.firstColumn(),
                        box.lastColumn()));
            }
        }
        for (OfficialTableLayout.ValueSlot slot : layout.values()) {
            CatalogCell cell = slot.cell();
            int number = expected.size() + 1;
            Object value = cell.isAmount() ? number + 0.25 : number;
            put(sheet, new CellReference(top + slot.row(), slot.firstColumn()).formatAsString(), value);
            if (slot.lastColumn() > slot.firstColumn()) {
                sheet.addMergedRegion(new CellRangeAddress(top + slot.row(), top + slot.row(), slot.firstColumn(),
                        slot.lastColumn()));
            }
            expected.put(cell.code(), cell.isAmount() ? number + ".25" : String.valueOf(number));
        }
    }
}
