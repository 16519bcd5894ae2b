package org.disclosurerollup.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.disclosurerollup.catalog.Catalog;
import org.disclosurerollup.catalog.Template;
import org.disclosurerollup.export.FillInTemplate;
import org.disclosurerollup.reading.OfficialFormReader;
import org.disclosurerollup.reading.OfficialFormReading;
import org.disclosurerollup.reading.RawRow;

/**
 * A submission in the official-form layout: the blank workbook of the {@code template} command, filled in cell by cell
 * as a clerk types it (numbers as numbers, anything else as text), with fixed timestamps so that the bytes repeat.
 */
final class OfficialFormLayout {

    private OfficialFormLayout() {
    }

    static byte[] filledTemplate(Template template, String unit, String unitType, int year, List<LongRow> rows) {
        Map<String, String> values = rows.stream().collect(Collectors.toMap(LongRow::code, LongRow::value));
        try {
            Path blank = Files.createTempFile("demo-form", ".xlsx");
            try {
                FillInTemplate.write(new FillInTemplate.Request(template, unit, unitType, year), blank);
                try (InputStream in = Files.newInputStream(blank); XSSFWorkbook book = new XSSFWorkbook(in)) {
                    fill(book, values);
                    book.getProperties().getCoreProperties().setCreated(Optional.of(LongExcelLayout.CREATED));
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    book.write(out);
                    return LongExcelLayout.withFixedEntryTimes(out.toByteArray());
                }
            } finally {
                Files.delete(blank);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Finds each value cell by reading the blank form as the job does, then types the submission's value into it. */
    private static void fill(XSSFWorkbook book, Map<String, String> values) {
        Sheet sheet = book.getSheet(FillInTemplate.FORM_SHEET);
        valueCells(book).forEach((code, at) ->
                LongExcelLayout.cell(sheet.getRow(at.getRow()), at.getCol(), values.getOrDefault(code, "")));
    }

    /** Where each value cell of the form is, by code, found by reading the form as the job does. */
    static Map<String, CellReference> valueCells(XSSFWorkbook book) {
        OfficialFormReading.Form form = (OfficialFormReading.Form) new OfficialFormReader(Catalog.fromClasspath()).read(book);
        Map<String, CellReference> cells = new LinkedHashMap<>();
        for (RawRow cell : form.rows()) {
            cells.put(cell.code(), new CellReference(cell.cellRef()));
        }
        return cells;
    }
}
