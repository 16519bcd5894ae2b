package org.disclosurerollup.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.disclosurerollup.catalog.Catalog;
import org.disclosurerollup.catalog.Template;
import org.disclosurerollup.job.RunOutcome;
import org.disclosurerollup.job.YearEndRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The year-end job writes the draft of the annual report with the other outputs: eight townships, a department and
 * the government in 2023 and 2024, one township's new applications falling from 40 to 5, another's rising from 4 to 60
 * (far above the others too); the department's 行政许可决定 (10 in 2023) is written “十件” in 2024, a rejected row, so
 * not submitted. The draft's tables show totals.csv, its sentences the change on 2023, and its appendix — like the
 * workbook's problem list — the two townships to check, not the department (its 行政许可决定 is not compared as 0).
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnnualReportJobTests {

    private static final Template V2021 = Catalog.fromClasspath().template("V2021").orElseThrow();
    private static final int[] APPLICATIONS_2023 = {4, 5, 6, 4, 40, 5, 4, 6};
    private static final int[] APPLICATIONS_2024 = {5, 4, 6, 5, 5, 6, 60, 4};

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) throws IOException {
        Path data = Files.createTempDirectory("report-job");
        registry.add("rollup.data-dir", data::toString);
    }

    @Autowired
    YearEndRunner runner;

    private Path output;
    private RunOutcome outcome;

    @BeforeAll
    void twoYears(@TempDir Path folder) throws Exception {
        Path input = folder.resolve("input");
        output = folder.resolve("output");
        StringBuilder register = new StringBuilder("code,name,type,aliases,from_year,to_year\n"
                + "G,凉州区人民政府,government,,,\nD1,区教育局,department,,,\n");
        for (int t = 1; t <= 8; t++) {
            register.append("T").append(t).append(",镇").append(t).append(",township,,,\n");
        }
        write(input.resolve("units.csv"), register.toString());
        for (int year : new int[] {2023, 2024}) {
            int[] applications = year == 2023 ? APPLICATIONS_2023 : APPLICATIONS_2024;
            write(input.resolve(year + "/凉州区人民政府_" + year + ".csv"), "单位,指标代码,数值\n凉州区人民政府,P02@M,2\n");
            write(input.resolve(year + "/区教育局_" + year + ".csv"), year == 2023 ? "单位,指标代码,数值\n区教育局,P03@N,10\n"
                    : "单位,指标代码,数值\n区教育局,P03@N,十件\n区教育局,P02@M,1\n");
            for (int t = 1; t <= 8; t++) {
                write(input.resolve(year + "/镇" + t + "_" + year + ".csv"), applications("镇" + t, applications[t - 1]));
            }
            outcome = runner.run(new YearEndRunner.Request(year, input, output, input.resolve("units.csv"), "凉州区"));
            assertThat(outcome.completed()).as(outcome.failure()).isTrue();
        }
    }

    @Test
    void theDraftIsPublishedWithTheOtherOutputs() {
        assertThat(output.resolve("2024/凉州区_2024_政府信息公开工作年度报告（草稿）.docx")).isRegularFile();
        assertThat(output.resolve("2023/凉州区_2023_政府信息公开工作年度报告（草稿）.docx")).isRegularFile();
    }

    @Test
    void itsTablesShowTheWholeAreaTotalsOfTotalsCsv() throws Exception {
        try (WrittenDraft draft = WrittenDraft.read(draft2024())) {
            OfficialTableChecks.assertValues(draft.tables(), V2021, wholeAreaTotals());
            OfficialTableChecks.assertBoxes(draft.tables(), V2021);
        }
    }

    @Test
    void itsSentencesStateTheFiguresAndTheirChangeOnLastYear() throws Exception {
        try (WrittenDraft draft = WrittenDraft.read(draft2024())) {
            assertThat(draft.paragraphs()).anySatisfy(paragraph -> assertThat(paragraph)
                    .startsWith("2024年，全区共收到政府信息公开申请95件，较上年增加21件（增长28.4%）。"));
            assertThat(draft.paragraphs().get(1)).endsWith("文中与上年的比较依据上年（2023年）的汇总数。】");
            assertThat(draft.markedPlaces()).contains("【请填写：本年度政府信息公开工作存在的主要问题】");
        }
    }

    @Test
    void itsAppendixAndTheProblemListNameTheTownshipsToCheck() throws Exception {
        try (WrittenDraft draft = WrittenDraft.read(draft2024())) {
            assertThat(draft.appendixRows()).containsExactly(
                    List.of("单位", "指标", "本年", "上年或参照", "请核对"),
                    List.of("区教育局", "部分数字", "退回 1 行", "", "这些行的数字未计入2024年汇总数（见汇总工作簿的“问题清单”）："
                            + "请督促更正后重新汇总，或在报告中说明"),
                    List.of("镇5", "新收申请（A01@TT）", "5", "上年40", "本年只有上年的12.5%（减少35）：请核对是否漏填或填错栏目"),
                    List.of("镇7", "新收申请（A01@TT）", "60", "上年4", "本年是上年的15.0倍（增加56）：请核对是否多填、重复计数或填错栏目"),
                    List.of("镇7", "新收申请（A01@TT）", "60", "同类（乡镇街道，8个）上四分位数6，四分位距1.25，上限9.75",
                            "远高于同类单位：请核对是否把全区、本级或多个单位的数字填成了本单位的，是否重复计数或填错栏目"));
        }
        assertThat(warnings()).containsExactly(
                "镇5_2024.csv|镇5|A01@TT|sharp-change|新收申请（A01@TT）本年5，上年40：本年只有上年的12.5%（减少35）：请核对是否漏填或填错栏目",
                "镇7_2024.csv|镇7|A01@TT|sharp-change|新收申请（A01@TT）本年60，上年4：本年是上年的15.0倍（增加56）：请核对是否多填、重复计数或填错栏目",
                "镇7_2024.csv|镇7|A01@TT|far-above-type|新收申请（A01@TT）本年60，同类（乡镇街道，8个）上四分位数6，四分位距1.25，"
                        + "上限9.75：远高于同类单位：请核对是否把全区、本级或多个单位的数字填成了本单位的，是否重复计数或填错栏目");
    }

    private Path draft2024() {
        return output.resolve("2024/凉州区_2024_政府信息公开工作年度报告（草稿）.docx");
    }

    private Map<String, BigDecimal> wholeAreaTotals() throws IOException {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        for (String line : Files.readAllLines(output.resolve("2024/totals.csv"), StandardCharsets.UTF_8)) {
            String[] fields = line.split(",");
            if (fields[1].equals("all")) {
                totals.put(fields[2], new BigDecimal(fields[3]));
            }
        }
        return totals;
    }

    /** The warnings of the workbook's problem list about figures to check: file|unit|reason|message. */
    private List<String> warnings() throws IOException {
        List<String> lines = new ArrayList<>();
        DataFormatter text = new DataFormatter();
        try (XSSFWorkbook book = new XSSFWorkbook(output.resolve("2024/凉州区_2024_政府信息公开统计汇总.xlsx").toFile())) {
            for (Row row : book.getSheet("问题清单")) {
                String reason = text.formatCellValue(row.getCell(7));
                if (reason.equals("sharp-change") || reason.equals("far-above-type")) {
                    lines.add(text.formatCellValue(row.getCell(1)) + "|" + text.formatCellValue(row.getCell(4)) + "|"
                            + text.formatCellValue(row.getCell(5)) + "|" + reason + "|" + text.formatCellValue(row.getCell(8)));
                }
            }
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
        return lines;
    }

    private static String applications(String unit, int count) {
        return "单位,指标代码,数值\n" + String.join("\n", List.of("A01@NP", "A01@TT", "A03_1@NP", "A03_1@TT", "A03_7@NP",
                "A03_7@TT").stream().map(code -> unit + "," + code + "," + count).toList()) + "\n";
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
