package org.disclosurerollup.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.disclosurerollup.catalog.Catalog;
import org.disclosurerollup.catalog.CatalogCell;
import org.disclosurerollup.catalog.Template;
import org.disclosurerollup.reading.OfficialFormReader;
import org.disclosurerollup.reading.OfficialFormReading;
import org.disclosurerollup.reading.RawRow;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A blank template, typed into and saved as a clerk would, reads back as exactly what was typed. */
class FillInTemplateRoundTripTest {

    private static final Catalog CATALOG = Catalog.fromClasspath();

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"V2014, 2017", "V2019, 2020", "V2021, 2024"})
    void everyTypedValueReadsBackInItsCell(String id, int year) throws Exception {
        Template template = CATALOG.template(id).orElseThrow();
        Path blank = dir.resolve("blank.xlsx");
        FillInTemplate.write(new FillInTemplate.Request(template, "四坝镇", "township", year), blank);
        Map<String, String> typed = typeIntoEveryOpenCell(blank, dir.resolve("filled.xlsx"));

        OfficialFormReading.Form form;
        try (InputStream in = Files.newInputStream(dir.resolve("filled.xlsx")); XSSFWorkbook book = new XSSFWorkbook(in)) {
            form = (OfficialFormReading.Form) new OfficialFormReader(CATALOG).read(book);
        }

        assertThat(form.template()).isEqualTo(id);
        assertThat(form.unit()).isEqualTo("四坝镇");
        assertThat(form.year()).isEqualTo(Integer.toString(year));
        assertThat(form.rows()).allSatisfy(row -> assertThat(row.problem()).isNull());
        assertThat(form.rows().stream().map(RawRow::code))
                .containsExactlyInAnyOrderElementsOf(template.valueCells().stream().map(CatalogCell::code).toList());
        Map<String, String> readBack = form.rows().stream().collect(Collectors.toMap(RawRow::cellRef, RawRow::value));
        typed.forEach((cell, text) -> assertThat(readBack.get(cell)).as(cell).isEqualTo(text));
        assertThat(readBack).hasSameSizeAs(typed);
    }

    @ParameterizedTest
    @CsvSource({"V2014, 2017", "V2019, 2020", "V2021, 2024"})
    void theSelfCheckSheetAddsNothingToWhatAFilledTemplateReadsAs(String id, int year) throws Exception {
        Path blank = dir.resolve("blank.xlsx");
        FillInTemplate.write(new FillInTemplate.Request(CATALOG.template(id).orElseThrow(), "四坝镇", "township", year),
                blank);
        typeIntoEveryOpenCell(blank, dir.resolve("filled.xlsx"));

        try (InputStream in = Files.newInputStream(dir.resolve("filled.xlsx")); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFFormulaEvaluator.evaluateAllFormulaCells(book);
            assertThat(book.getSheet(FillInTemplate.SELF_CHECK_SHEET).getRow(SelfCheckSheet.HEADER_ROW + 1)
                    .getCell(SelfCheckSheet.STATUS).getStringCellValue()).startsWith("不符：");
            OfficialFormReading withSelfCheck = new OfficialFormReader(CATALOG).read(book);
            book.removeSheetAt(book.getSheetIndex(FillInTemplate.SELF_CHECK_SHEET));
            OfficialFormReading without = new OfficialFormReader(CATALOG).read(book);

            assertThat(withSelfCheck).isInstanceOf(OfficialFormReading.Form.class).isEqualTo(without);
        }
    }

    /** A cell under a merged cell, not its top-left one: what is typed into the merge goes to the top-left. */
    private static boolean hiddenByMerge(Sheet sheet, Cell cell) {
        return sheet.getMergedRegions().stream().anyMatch(region -> region.isInRange(cell)
                && (region.getFirstRow() != cell.getRowIndex() || region.getFirstColumn() != cell.getColumnIndex()));
    }

    /** Types 1, 2, 3 … into the unlocked cells (amounts with two decimals); returns cell reference → text typed. */
    private static Map<String, String> typeIntoEveryOpenCell(Path blank, Path filled) throws Exception {
        Map<String, String> typed = new HashMap<>();
        try (InputStream in = Files.newInputStream(blank); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheet(FillInTemplate.FORM_SHEET);
            int n = 0;
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (!cell.getCellStyle().getLocked() && !hiddenByMerge(sheet, cell)) {
                        n++;
                        boolean amount = cell.getCellStyle().getDataFormatString().contains(".00");
                        double value = amount ? n + 0.25 : n;
                        cell.setCellValue(value);
                        typed.put(cell.getAddress().formatAsString(), amount ? n + ".25" : Integer.toString(n));
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(filled)) {
                book.write(out);
            }
        }
        return typed;
    }
}
