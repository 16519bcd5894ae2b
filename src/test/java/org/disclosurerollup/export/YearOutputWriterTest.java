package org.disclosurerollup.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.disclosurerollup.catalog.Catalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YearOutputWriterTest {

    @TempDir
    Path output;

    @ParameterizedTest
    @CsvSource({
        "凉州区, 2024, 凉州区_2024_政府信息公开统计汇总.xlsx",
        "' 凉州区 ', 2017, 凉州区_2017_政府信息公开统计汇总.xlsx",
        "凉州/区, 2024, 凉州_区_2024_政府信息公开统计汇总.xlsx",
    })
    void namesTheWorkbookAfterDistrictAndYear(String district, int year, String expected) {
        assertThat(YearOutputWriter.workbookName(district, year)).isEqualTo(expected);
    }

    @Test
    void publishesTheFiveFilesOfAYear() throws IOException {
        ExportModel model = ExportModels.v2021(Catalog.fromClasspath().template("V2021").orElseThrow());
        Path year = output.resolve("2024");
        YearOutputWriter writer = new YearOutputWriter();

        OutputPublisher.publish(year, folder -> writer.writeAll(model, folder));

        try (var files = Files.list(year)) {
            assertThat(files.map(path -> path.getFileName().toString()).sorted()).containsExactly(
                    "rejected-rows.csv", "submissions.csv", "totals.csv", "凉州区_2024_政府信息公开工作年度报告（草稿）.docx",
                    "凉州区_2024_政府信息公开统计汇总.xlsx");
        }
    }
}
