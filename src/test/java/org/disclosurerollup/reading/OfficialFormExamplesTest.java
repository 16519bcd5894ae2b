package org.disclosurerollup.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.disclosurerollup.catalog.Catalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The two shipped example forms, read cell by cell. */
class OfficialFormExamplesTest {

    private static final OfficialFormReader READER = new OfficialFormReader(Catalog.fromClasspath());

    @Test
    void everyCellOfTheV2021ExampleEqualsItsLongLayoutTwin() throws IOException {
        OfficialFormReading.Form form = read("东大街街道_2024.xlsx");

        assertThat(form.template()).isEqualTo("V2021");
        assertThat(form.unit()).isEqualTo("东大街街道");
        assertThat(form.year()).isEqualTo("2024");
        assertThat(form.rows()).hasSize(200).allSatisfy(row -> assertThat(row.problem()).isNull());
        assertThat(form.rows()).allSatisfy(row -> {
            assertThat(row.sheet()).isEqualTo("年报统计表");
            assertThat(row.unit()).isEqualTo("东大街街道");
            assertThat(row.year()).isEqualTo("2024");
        });
        assertThat(valuesByCode(form)).isEqualTo(longLayoutTwin());
    }

    @Test
    void theV2021ExampleReadsTheSameWithoutAnyMergedCell() throws IOException {
        try (Workbook workbook = open("东大街街道_2024.xlsx")) {
            Sheet sheet = workbook.getSheetAt(0);
            while (sheet.getNumMergedRegions() > 0) {
                sheet.removeMergedRegion(0);
            }

            OfficialFormReading.Form form = (OfficialFormReading.Form) READER.read(workbook);

            assertThat(form.rows()).allSatisfy(row -> assertThat(row.problem()).isNull());
            assertThat(valuesByCode(form)).isEqualTo(longLayoutTwin());
        }
    }

    @ParameterizedTest
    @CsvSource({
            "B7,  P01@M,    规章,                                            本年制发件数, 0",
            "B18, P06@AMT,  行政事业性收费,                                   本年收费金额（单位：万元）, 1.27",
            "D28, A03_3_1@NP, 三、本年度办理结果/（三）不予公开/1.属于国家秘密, 自然人, 0",
            "E24, A01@CE,   一、本年新收政府信息公开申请数量,                 法人或其他组织/商业企业, 1",
            "J47, A03_7@TT, 三、本年度办理结果/（七）总计,                    总计, 2",
            "B54, R1@CORR,  行政复议,                                        结果纠正, 1",
            "O54, R3@TOT,   行政诉讼/复议后起诉,                              总计, 0"})
    void theV2021ExampleKeepsWhereEachValueWasAndItsLabels(String cellRef, String code, String indicator, String column,
                                                             String value) throws IOException {
        RawRow row = rowAt(read("东大街街道_2024.xlsx"), cellRef);

        assertThat(row).isEqualTo(new RawRow("年报统计表", Integer.parseInt(cellRef.replaceAll("\\D", "")), cellRef,
                "东大街街道", "2024", code, indicator, column, value, null));
    }

    @Test
    void theV2014ExampleGivesItsFiftyEightValues() throws IOException {
        OfficialFormReading.Form form = read("四坝镇_2017.xlsx");

        assertThat(form.template()).isEqualTo("V2014");
        assertThat(form.unit()).isEqualTo("四坝镇");
        assertThat(form.year()).isEqualTo("2017");
        assertThat(form.cellsFound()).containsEntry("V2014", 58).containsEntry("V2019", 0).containsEntry("V2021", 0);
        assertThat(form.rows()).hasSize(58).allSatisfy(row -> assertThat(row.problem()).isNull());
    }

    @ParameterizedTest
    @CsvSource({
            "C5,  L01_1,    357",
            "C6,  L01_1a,   49",
            "C10, L01_2_2,  90",
            "C13, L01_2_5,  267",
            "C18, L02_2_1a, 1",
            "C21, L02_2_3,  18",
            "C39, L03_3_4b, 0",
            "C50, L04_2,    0",
            "C54, L05_2,    0",
            "C55, L05_3,    0",
            "C60, L08_2,    2",
            "C63, L08_3_2,  3",
            "C64, L08_4,    4.43",
            "C68, L09_3,    7"})
    void theV2014ExampleValuesAreExactAndSectionsTellRepeatedLabelsApart(String cellRef, String code, String value)
            throws IOException {
        RawRow row = rowAt(read("四坝镇_2017.xlsx"), cellRef);

        assertThat(row.code()).isEqualTo(code);
        assertThat(row.value()).isEqualTo(value);
        assertThat(row.column()).isNull();
    }

    @Test
    void bothExamplesLookLikeOfficialForms() throws IOException {
        for (String name : List.of("东大街街道_2024.xlsx", "四坝镇_2017.xlsx")) {
            try (Workbook workbook = open(name)) {
                assertThat(READER.looksLikeOfficialForm(workbook)).as(name).isTrue();
            }
        }
    }

    private static RawRow rowAt(OfficialFormReading.Form form, String cellRef) {
        return form.rows().stream().filter(row -> row.cellRef().equals(cellRef)).findFirst().orElseThrow();
    }

    private static Map<String, String> valuesByCode(OfficialFormReading.Form form) {
        return form.rows().stream().collect(Collectors.toMap(RawRow::code, RawRow::value, (a, b) -> a + "|" + b,
                LinkedHashMap::new));
    }

    private static Map<String, String> longLayoutTwin() throws IOException {
        try (InputStream in = OfficialFormExamplesTest.class.getResourceAsStream("/examples/东大街街道_2024.csv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Map<String, String> values = new LinkedHashMap<>();
            reader.lines().skip(1).map(line -> line.split(",")).forEach(fields -> values.put(fields[2], fields[4]));
            return values;
        }
    }

    private static OfficialFormReading.Form read(String name) throws IOException {
        try (Workbook workbook = open(name)) {
            return (OfficialFormReading.Form) READER.read(workbook);
        }
    }

    private static Workbook open(String name) throws IOException {
        try (InputStream in = OfficialFormExamplesTest.class.getResourceAsStream("/examples/" + name)) {
            return WorkbookFactory.create(in);
        }
    }
}
