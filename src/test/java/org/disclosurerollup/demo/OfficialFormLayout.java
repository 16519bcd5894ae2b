package org.disclosurerollup.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        OfficialFormReading.Form form = (OfficialFormReading.Form) new OfficialFormReader(Catalog.fromClasspath()).read(book);
        Sheet sheet = book.getSheet(FillInTemplate.FORM_SHEET);
        for (RawRow cell : form.rows()) {
            String value = values.getOrDefault(cell.code(), "");
            CellReference at = new CellReference(cell.cellRef());
            LongExcelLayout.cell(sheet.getRow(at.getRow()), at.getCol(), value);
        }
    }
}
