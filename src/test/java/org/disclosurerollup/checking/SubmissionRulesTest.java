package org.disclosurerollup.checking;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.disclosurerollup.catalog.Catalog;
import org.disclosurerollup.catalog.Rule;
import org.disclosurerollup.catalog.Template;
import org.disclosurerollup.submission.CellValue;
import org.junit.jupiter.api.Test;

class SubmissionRulesTest {

    private static final Catalog CATALOG = Catalog.fromClasspath();
    private final Template v2021 = CATALOG.template("V2021").orElseThrow();
    private final Template v2014 = CATALOG.template("V2014").orElseThrow();

    private static Map<String, CellValue> cells(String... codeValue) {
        Map<String, CellValue> cells = new LinkedHashMap<>();
        for (int i = 0; i < codeValue.length; i += 2) {
            String value = codeValue[i + 1];
            cells.put(codeValue[i], switch (value) {
                case "" -> CellValue.EMPTY;
                case "—" -> CellValue.NA;
                default -> CellValue.of(new BigDecimal(value));
            });
        }
        return cells;
    }

    @Test
    void aConsistentSubmissionBreaksNothing() {
        SubmissionRules.Report report = new SubmissionRules(v2021).check(cells(
                "A01@NP", "3", "A01@TT", "3", "A03_1@NP", "2", "A03_1@TT", "2", "A03_7@NP", "2", "A03_7@TT", "2",
                "A04@NP", "1", "A04@TT", "1"), "township");
        assertThat(report.broken()).isEmpty();
        assertThat(report.derived()).isEmpty();
    }

    @Test
    void aFilledTotalThatDisagreesBreaksTheErrorRule() {
        SubmissionRules.Report report = new SubmissionRules(v2021).check(cells(
                "A01@NP", "3", "A01@TT", "3", "A03_1@NP", "2", "A03_1@TT", "2", "A03_7@NP", "2", "A03_7@TT", "2"),
                "township");
        assertThat(report.breaksErrorRule()).isTrue();
        assertThat(report.broken()).extracting(o -> o.rule().id()).containsExactly("A-ID-NP", "A-ID-TT");
        Rule.Outcome outcome = report.broken().get(0);
        assertThat(outcome.left()).isEqualByComparingTo("3");
        assertThat(outcome.right()).isEqualByComparingTo("2");
        assertThat(RuleMessages.broken("四坝镇", outcome, report.cells())).isEqualTo(
                "四坝镇 · 表三“自然人”列：本年新收加上年结转之和应等于办理结果总计加结转下年度之和："
                        + "A01@NP(3)+A02@NP(0)=3，A03_7@NP(2)+A04@NP(0)=2，差额1");
    }

    @Test
    void blankTotalsAreDerivedFromSettledPartsOnly() {
        // The 总计 column and （七）总计 are left blank, as Shanghai's 2019 report did: TT cells come from the
        // columns, A03_7 from its parts, and the identity then holds.
        SubmissionRules.Report report = new SubmissionRules(v2021).check(cells(
                "A01@NP", "2", "A01@CE", "1", "A01@TT", "", "A03_1@NP", "1", "A03_2@CE", "1", "A03_5_2@NP", "1",
                "A03_7@NP", "", "A03_7@CE", "", "A03_7@TT", ""), "department");
        assertThat(report.broken()).isEmpty();
        assertThat(report.cells().get("A03_7@NP").number()).isEqualByComparingTo("2");
        assertThat(report.cells().get("A03_7@TT").number()).isEqualByComparingTo("3");
        assertThat(report.cells().get("A01@TT").number()).isEqualByComparingTo("3");
        assertThat(report.derived()).extracting(SubmissionRules.DerivedTotal::code)
                .contains("A03_7@NP", "A03_7@CE", "A01@TT", "A03_1@TT", "A03_7@TT").doesNotContain("A02@TT", "A04@TT");
    }

    @Test
    void aTotalWithoutAnyPartStaysBlank() {
        SubmissionRules.Report report = new SubmissionRules(v2014).check(cells("L03_1", "", "L01_1", "5",
                "L01_2_2", "5"), "township");
        assertThat(report.cells().get("L03_1").isBlank()).isTrue();
        assertThat(report.derived()).isEmpty();
        assertThat(report.broken()).isEmpty();
    }

    @Test
    void warningsDoNotReject() {
        SubmissionRules.Report report = new SubmissionRules(v2021).check(cells("P06@AMT", "1500.5", "P01@M", "1"),
                "township");
        assertThat(report.broken()).extracting(o -> o.rule().id()).containsExactly("P-RULEMAKING", "P-FEE-RANGE");
        assertThat(report.breaksErrorRule()).isFalse();
        assertThat(RuleMessages.broken("清源镇", report.broken().get(1), report.cells()))
                .isEqualTo("清源镇 · 乡镇行政事业性收费超过1000万元，可能误按“元”填报：P06@AMT(1500.5)，大于1000");
    }

    @Test
    void typeSpecificRulesApplyOnlyToThatType() {
        SubmissionRules.Report report = new SubmissionRules(v2021).check(cells("P06@AMT", "1500"), "department");
        assertThat(report.broken()).isEmpty();
    }

    @Test
    void naAndEmptyCountAsZeroInSums() {
        SubmissionRules.Report report = new SubmissionRules(v2014).check(cells("L03_1", "2", "L03_1_1", "2",
                "L03_1_2", "—", "L03_1_3", "", "L03_2", "2", "L03_2_1", "2", "L03_3", "2", "L03_3_2", "2"), "township");
        assertThat(report.broken()).isEmpty();
    }
}
