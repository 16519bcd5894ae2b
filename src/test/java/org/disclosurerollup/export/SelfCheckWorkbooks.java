package org.disclosurerollup.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.disclosurerollup.catalog.Catalog;
import org.disclosurerollup.catalog.Rule;
import org.disclosurerollup.catalog.Template;
import org.disclosurerollup.demo.ConsistentFigures;
import org.disclosurerollup.demo.Scale;
import org.disclosurerollup.reading.OfficialFormReader;
import org.disclosurerollup.reading.OfficialFormReading;
import org.disclosurerollup.reading.RawRow;

/**
 * Fill-in templates typed into as a clerk types them, for the self-check tests: the value cells are found by reading
 * the blank form as the job reads it (not through the writer's own positions), and each value goes into the existing
 * cell, keeping its style; numbers as numbers, anything else as text.
 */
final class SelfCheckWorkbooks {

    static final Catalog CATALOG = Catalog.fromClasspath();
    static final String UNIT = "东大街街道";
    static final String TOWNSHIP = "township";

    private SelfCheckWorkbooks() {
    }

    static Template template(String id) {
        return CATALOG.template(id).orElseThrow();
    }

    static FillInTemplate.Request request(String template, int year) {
        return new FillInTemplate.Request(template(template), UNIT, TOWNSHIP, year);
    }

    /**
     * The demo's consistent figures of the first seed whose figures pass every rule that applies to a township,
     * warnings included, as text by code.
     */
    static Map<String, String> passingEveryRule(Template template) {
        for (long seed = 0; ; seed++) {
            Map<String, BigDecimal> values = ConsistentFigures.generate(template, new Random(seed), Scale.SMALL);
            boolean passes = template.rules().stream().filter(rule -> rule.appliesTo(TOWNSHIP))
                    .map(rule -> rule.evaluate(code -> values.getOrDefault(code, BigDecimal.ZERO)))
                    .allMatch(Rule.Outcome::holds);
            if (passes) {
                Map<String, String> texts = new LinkedHashMap<>();
                values.forEach((code, value) -> texts.put(code, value.toPlainString()));
                return texts;
            }
        }
    }

    /** The blank template of the request, with {@code values} (code → text; absent or empty: left blank) typed in. */
    static XSSFWorkbook filled(FillInTemplate.Request request, Map<String, String> values) {
        XSSFWorkbook book = FillInTemplate.render(request);
        OfficialFormReading.Form form = (OfficialFormReading.Form) new OfficialFormReader(CATALOG).read(book);
        Sheet sheet = book.getSheet(FillInTemplate.FORM_SHEET);
        for (RawRow row : form.rows()) {
            String text = values.getOrDefault(row.code(), "");
            CellReference at = new CellReference(row.cellRef());
            Cell cell = sheet.getRow(at.getRow()).getCell(at.getCol());
            if (text.isEmpty()) {
                cell.setBlank();
            } else if (text.matches("-?\\d+(\\.\\d+)?")) {
                cell.setCellValue(new BigDecimal(text).doubleValue());
            } else {
                cell.setCellValue(text);
            }
        }
        return book;
    }

    static Path write(XSSFWorkbook book, Path file) throws IOException {
        try (book; OutputStream out = Files.newOutputStream(file)) {
            book.write(out);
        }
        return file;
    }

    static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** Rule id → the status text the self-check sheet holds (its formulas' saved results), in sheet order. */
    static Map<String, String> statuses(XSSFWorkbook book) {
        Sheet sheet = book.getSheet(FillInTemplate.SELF_CHECK_SHEET);
        Map<String, String> statuses = new LinkedHashMap<>();
        for (int r = SelfCheckSheet.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Cell id = row == null ? null : row.getCell(SelfCheckSheet.ID);
            if (id != null && !id.getStringCellValue().isEmpty()) {
                statuses.put(id.getStringCellValue(), row.getCell(SelfCheckSheet.STATUS).getStringCellValue());
            }
        }
        return statuses;
    }
}
