package org.disclosurerollup.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.disclosurerollup.catalog.Catalog;
import org.disclosurerollup.export.FillInTemplate;
import org.disclosurerollup.reading.OfficialFormReader;
import org.disclosurerollup.reading.OfficialFormReading;
import org.disclosurerollup.reading.RawRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Official forms end to end: the shipped V2021 example as a township typed it, a fill-in template written by the
 * {@code template} command and filled in, and a V2014 form sent for 2024.
 */
class OfficialFormJobFunctionalTests extends JobTestSupport {

    private static final Path EXAMPLES = Path.of("src/test/resources/examples");
    private static final Catalog CATALOG = Catalog.fromClasspath();

    Path input;
    Path output;
    /** 东大街街道's figures in the long layout: code → value. */
    Map<String, String> published;

    @BeforeEach
    void yearOfForms() throws Exception {
        input = work.resolve("input");
        output = work.resolve("output");
        Path year = Files.createDirectories(input.resolve("2024"));
        Files.copy(Path.of("src/test/resources/register/liangzhou-units.csv"), input.resolve("units.csv"));
        published = Files.readAllLines(EXAMPLES.resolve("东大街街道_2024.csv")).stream().skip(1)
                .map(line -> line.split(",")).collect(Collectors.toMap(f -> f[2], f -> f[4]));
        Files.copy(EXAMPLES.resolve("东大街街道_2024.xlsx"), year.resolve("东大街街道_2024.xlsx"));
        fillTemplate("西大街街道", published, year.resolve(FillInTemplate.fileName("西大街街道", 2024)));
        Files.copy(EXAMPLES.resolve("四坝镇_2017.xlsx"), year.resolve("四坝镇_2024.xlsx"));
    }

    @Test
    void formsGiveTheTotalsOfTheirFiguresToTheCell() throws Exception {
        RunOutcome outcome = run(2024, input, output);

        assertThat(outcome.completed()).isTrue();
        Map<String, String> all = Fixtures.lines(output.resolve("2024/totals.csv")).stream().skip(1)
                .map(line -> line.split(",")).filter(f -> f[1].equals("all"))
                .collect(Collectors.toMap(f -> f[2], f -> f[3]));
        assertThat(all).hasSize(published.size());
        published.forEach((code, value) -> assertThat(new BigDecimal(all.get(code)))
                .as(code).isEqualByComparingTo(new BigDecimal(value).multiply(BigDecimal.valueOf(2))));
        assertThat(all).containsEntry("P02@M", "2").containsEntry("R1@TOT", "2");
    }

    @Test
    void aFormOfAnotherYearsTemplateIsRejectedWholeWithItsRowsCounted() throws Exception {
        RunOutcome outcome = run(2024, input, output);

        assertThat(Fixtures.lines(output.resolve("2024/submissions.csv"))).filteredOn(l -> !l.contains(",missing,"))
                .extracting(OfficialFormJobFunctionalTests::withoutSha).containsExactly(
                        "unit_code,unit,type,status,file,accepted,rejected",
                        "620602001,东大街街道,township,accepted,东大街街道_2024.xlsx,200,0",
                        "620602002,西大街街道,township,accepted,西大街街道_2024.xlsx,200,0",
                        "620602116,四坝镇,township,rejected,四坝镇_2024.xlsx,0,58");
        assertThat(Fixtures.lines(output.resolve("2024/rejected-rows.csv"))).containsExactly(
                "file,sheet,row,unit,code,value,reason,message",
                "四坝镇_2024.xlsx,,,四坝镇,,,template-mismatch,这是V2014格式的官方表格，2024年应使用V2021格式："
                        + "请用 template --year 2024 生成的模板（或本年度的官方表格）重新填写");
        assertThat(outcome.counts().rowsRead()).isEqualTo(458);
        assertThat(outcome.counts().rowsAccepted()).isEqualTo(400);
    }

    /** A blank template of the {@code template} command, filled in as a clerk would, cell by cell. */
    private static void fillTemplate(String unit, Map<String, String> values, Path file) throws Exception {
        Path blank = file.resolveSibling("blank.tmp");
        FillInTemplate.write(new FillInTemplate.Request(CATALOG.template("V2021").orElseThrow(), unit, "township", 2024),
                blank);
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(blank))) {
            OfficialFormReading.Form form = (OfficialFormReading.Form) new OfficialFormReader(CATALOG).read(book);
            Sheet sheet = book.getSheet(FillInTemplate.FORM_SHEET);
            for (RawRow row : form.rows()) {
                CellReference at = new CellReference(row.cellRef());
                sheet.getRow(at.getRow()).getCell(at.getCol()).setCellValue(Double.parseDouble(values.get(row.code())));
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }
        Files.delete(blank);
    }

    private static String withoutSha(String line) {
        List<String> fields = new ArrayList<>(List.of(line.split(",", -1)));
        fields.remove(5);
        return String.join(",", fields);
    }
}
