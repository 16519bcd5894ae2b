package org.disclosurerollup.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.disclosurerollup.catalog.Template;
import org.disclosurerollup.demo.ConsistentFigures;
import org.disclosurerollup.demo.Scale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Drafts of random rules-consistent figures of a city (counts beyond ten million), every cell non-zero or not. */
class DraftOfGeneratedFiguresTest {

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}, seed {1}")
    @CsvSource({"V2014, 1", "V2014, 2", "V2019, 1", "V2019, 2", "V2021, 1", "V2021, 2"})
    void everyTotalIsInItsTableAndEveryPlaceholderIsFilled(String id, long seed) throws Exception {
        Template template = ReportFixtures.CATALOG.template(id).orElseThrow();
        Map<String, BigDecimal> totals = ConsistentFigures.generate(template, new Random(seed), Scale.CITY);
        Map<String, BigDecimal> lastYear = ConsistentFigures.generate(template, new Random(seed + 100), Scale.CITY);
        ReportInput input = new ReportInput("武威市", "全市", 2024, template, List.of("市政府各部门", "各县（区）"),
                totals, Optional.of(new YearTotals(2023, template, lastYear)), List.of(), List.of());
        Path docx = folder.resolve(AnnualReportDraft.fileName("武威市", 2024));

        new AnnualReportDraft().write(input, docx);

        try (WrittenDraft draft = WrittenDraft.read(docx)) {
            OfficialTableChecks.assertValues(draft.tables(), template, totals);
            assertThat(draft.paragraphs()).noneMatch(text -> text.contains("{") || text.contains("}"));
            assertThat(draft.paragraphs()).anyMatch(text -> text.contains("较上年"));
            assertThat(draft.chartParts()).hasSize(2);
        }
    }
}
