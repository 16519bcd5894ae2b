package org.disclosurerollup.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disclosurerollup.export.SelfCheckWorkbooks.open;
import static org.disclosurerollup.export.SelfCheckWorkbooks.passingEveryRule;
import static org.disclosurerollup.export.SelfCheckWorkbooks.request;
import static org.disclosurerollup.export.SelfCheckWorkbooks.statuses;
import static org.disclosurerollup.export.SelfCheckWorkbooks.template;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.disclosurerollup.reading.OfficialFormReader;
import org.disclosurerollup.reading.OfficialFormReading;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The self-check as a clerk's spreadsheet program computes it: templates filled in by POI (which leaves the blank
 * template's results, all blank, in place), then opened and saved again by LibreOffice, which recalculates every
 * formula; the statuses read are its saved results. All files go through one LibreOffice run.
 */
class SelfCheckLibreOfficeTest {

    @TempDir
    static Path dir;
    static final Map<String, XSSFWorkbook> RECALCULATED = new LinkedHashMap<>();
    static List<Path> converted;
    static Map<String, String> v2021;

    @BeforeAll
    static void fillAndRecalculate() throws Exception {
        v2021 = passingEveryRule(template("V2021"));
        Map<String, Map<String, String>> files = new LinkedHashMap<>();
        files.put("V2014", passingEveryRule(template("V2014")));
        files.put("V2019", passingEveryRule(template("V2019")));
        files.put("V2021", v2021);
        files.put("broken", with(v2021, "R1@TOT", plus(v2021.get("R1@TOT"), 2)));
        files.put("amount", with(v2021, "P06@AMT", "1000.01"));
        Map<String, String> marks = with(v2021, "A03_7@TT", "");
        marks.put("A01@NP", "—");
        marks.put("P01@M", "不适用");
        files.put("marks", marks);
        files.put("blank", Map.of());
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> file : files.entrySet()) {
            String template = file.getKey().matches("V\\d+") ? file.getKey() : "V2021";
            int year = switch (template) {
                case "V2014" -> 2017;
                case "V2019" -> 2020;
                default -> 2024;
            };
            written.add(SelfCheckWorkbooks.write(SelfCheckWorkbooks.filled(request(template, year), file.getValue()),
                    dir.resolve(file.getKey() + ".xlsx")));
        }
        converted = LibreOffice.convert("xlsx", dir.resolve("recalculated"), written);
        for (Path file : converted) {
            String name = file.getFileName().toString();
            RECALCULATED.put(name.substring(0, name.indexOf('.')), open(file));
        }
    }

    @ParameterizedTest
    @CsvSource({"V2014, 15", "V2019, 41", "V2021, 44"})
    void consistentFiguresPassEveryRule(String template, int rules) {
        assertThat(statuses(RECALCULATED.get(template))).hasSize(rules)
                .allSatisfy((rule, status) -> assertThat(status).as(rule).isEqualTo("通过"));
    }

    @Test
    void oneBrokenRuleShowsBothSidesOnItsLineOnly() {
        Map<String, String> statuses = statuses(RECALCULATED.get("broken"));

        String total = plus(v2021.get("R1@TOT"), 2);
        assertThat(statuses).containsEntry("R-SUM-R1", "不符：左边 " + total + "，右边 " + v2021.get("R1@TOT") + "，差 2");
        statuses.remove("R-SUM-R1");
        assertThat(statuses).hasSize(43)
                .allSatisfy((rule, status) -> assertThat(status).as(rule).isEqualTo("通过"));
    }

    @Test
    void amountsInWanYuanCompareToTheCent() {
        Map<String, String> statuses = statuses(RECALCULATED.get("amount"));

        assertThat(statuses).containsEntry("P-FEE-RANGE", "不符：左边 1000.01，右边 1000，差 0.01");
        assertThat(statuses.values()).filteredOn(status -> status.startsWith("不符")).hasSize(1);
    }

    @Test
    void notApplicableMarksCountAsZeroAndABlankTotalAsTheSumOfItsParts() {
        Map<String, String> statuses = statuses(RECALCULATED.get("marks"));

        BigDecimal np = new BigDecimal(v2021.get("A01@NP"));
        assertThat(np).as("A01@NP, now “—”").isPositive();
        assertThat(statuses).containsEntry("A-ID-NP", "不符：左边 " + v2021.get("A02@NP") + "，右边 "
                        + sum(v2021.get("A03_7@NP"), v2021.get("A04@NP")) + "，差 " + np)
                .containsEntry("A-ROW-A01", "不符：左边 " + v2021.get("A01@TT") + "，右边 "
                        + new BigDecimal(v2021.get("A01@TT")).subtract(np) + "，差 " + np)
                .containsEntry("A-SUM-TT", SelfCheckFormulas.PASSED_DERIVED)
                .containsEntry("A-ROW-A03_7", "通过").containsEntry("A-ID-TT", "通过")
                .containsEntry("P-RULEMAKING", "通过");
        assertThat(statuses.values()).filteredOn(status -> status.startsWith("不符")).hasSize(2);
    }

    @Test
    void aBlankTemplateShowsNoStatus() {
        assertThat(statuses(RECALCULATED.get("blank"))).hasSize(44)
                .allSatisfy((rule, status) -> assertThat(status).as(rule).isEqualTo(""));
    }

    @Test
    void aSavedSelfCheckDoesNotChangeWhatTheFormReadsAs() throws Exception {
        for (Path file : converted) {
            try (XSSFWorkbook book = open(file)) {
                OfficialFormReading withSelfCheck = new OfficialFormReader(SelfCheckWorkbooks.CATALOG).read(book);
                book.removeSheetAt(book.getSheetIndex(FillInTemplate.SELF_CHECK_SHEET));
                OfficialFormReading without = new OfficialFormReader(SelfCheckWorkbooks.CATALOG).read(book);

                assertThat(withSelfCheck).as(file.getFileName().toString()).isEqualTo(without);
            }
        }
    }

    private static Map<String, String> with(Map<String, String> values, String code, String value) {
        Map<String, String> changed = new LinkedHashMap<>(values);
        changed.put(code, value);
        return changed;
    }

    private static String sum(String a, String b) {
        return new BigDecimal(a).add(new BigDecimal(b)).toPlainString();
    }

    private static String plus(String value, int amount) {
        return new BigDecimal(value).add(BigDecimal.valueOf(amount)).toPlainString();
    }
}
