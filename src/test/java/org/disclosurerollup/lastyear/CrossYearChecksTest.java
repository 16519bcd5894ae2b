package org.disclosurerollup.lastyear;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.disclosurerollup.catalog.Catalog;
import org.disclosurerollup.catalog.CellLayout;
import org.disclosurerollup.catalog.Template;
import org.disclosurerollup.submission.CellValue;
import org.disclosurerollup.submission.Figures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The two checks across years on one unit's submissions: {@link CarryOver} and {@link SameAsLastYear}. */
class CrossYearChecksTest {

    private static final Catalog CATALOG = Catalog.fromClasspath();

    @ParameterizedTest
    @CsvSource({
            "V2021, V2021, 3, 2, 1",
            "V2021, V2019, 0, 4, 1",
            "V2021, V2021, 2, 2, 0",
            "V2021, V2021, , 0, 0",
            "V2019, V2014, 3, , 0"})
    void carriedOverMustMatchLastYearsCarriedForward(String template, String lastTemplate, String carriedIn,
                                                     String carriedOut, int warnings) {
        CarryOver check = new CarryOver(CarryOverRows.fromClasspath(), template(template), template(lastTemplate), 2023);

        List<Finding> findings = check.check("四坝镇", submission(Map.of("A02@LS", value(carriedIn))),
                submission(Map.of("A04@LS", value(carriedOut), "L03_1", value(carriedOut))));

        assertThat(findings).hasSize(warnings);
    }

    @Test
    void aCarryOverWarningNamesTheColumnAndShowsTheNumbers() {
        CarryOver check = new CarryOver(CarryOverRows.fromClasspath(), template("V2021"), template("V2021"), 2023);

        List<Finding> findings = check.check("四坝镇", submission(Map.of("A02@CE", value("1"), "A02@TT", value("1"))),
                submission(Map.of("A04@CE", value("4"), "A04@TT", value("4"))));

        assertThat(findings).containsExactly(
                new Finding("A02@CE", "carry-over", "四坝镇 · 表三 上年结转政府信息公开申请数量（商业企业）为 1，但2023年"
                        + "结转下年度继续办理为 4，本年少 3：请核对本年的上年结转数和上年的报表"),
                new Finding("A02@TT", "carry-over", "四坝镇 · 表三 上年结转政府信息公开申请数量（总计）为 1，但2023年"
                        + "结转下年度继续办理为 4，本年少 3：请核对本年的上年结转数和上年的报表"));
    }

    @Test
    void aCarriedOverCellNotSubmittedIsSaidToBeUnfilledNotZero() {
        CarryOver check = new CarryOver(CarryOverRows.fromClasspath(), template("V2021"), template("V2021"), 2023);

        List<Finding> findings = check.check("四坝镇", submission(Map.of("A02@CE", CellValue.EMPTY, "A02@TT", value("0"))),
                submission(Map.of("A04@CE", value("4"), "A04@TT", value("4"))));

        assertThat(findings).extracting(Finding::message).containsExactly(
                "四坝镇 · 表三 上年结转政府信息公开申请数量（商业企业）未填（按 0 计），但2023年结转下年度继续办理为 4，本年少 4："
                        + "请核对本年的上年结转数和上年的报表",
                "四坝镇 · 表三 上年结转政府信息公开申请数量（总计）为 0，但2023年结转下年度继续办理为 4，本年少 4："
                        + "请核对本年的上年结转数和上年的报表");
    }

    @ParameterizedTest
    @CsvSource({
            "'P02@M=2', 'P02@M=2', true",
            "'P02@M=2;P03@N=—', 'P02@M=2;P03@N=—', true",
            "'P02@M=2;P03@N=—', 'P02@M=2;P03@N=0', false",
            "'P02@M=2;P03@N=', 'P02@M=2', true",
            "'P02@M=2', 'P02@M=3', false",
            "'P02@M=0;P03@N=0', 'P02@M=0;P03@N=0', false",
            "'', '', false"})
    void identicalToLastYearWithAValueThatIsNotZero(String current, String last, boolean warns) {
        SameAsLastYear check = new SameAsLastYear(template("V2021"), template("V2021"), 2023);

        assertThat(check.check("黄羊镇", submission(cells(current)), submission(cells(last))))
                .isEqualTo(warns ? Optional.of(new Finding(null, "same-as-last-year",
                        "黄羊镇 · 与上年（2023年）报送的数据完全相同，请确认不是误报了上年的报表")) : Optional.empty());
    }

    @Test
    void templatesWithoutSharedCellsAreNeverIdentical() {
        SameAsLastYear check = new SameAsLastYear(template("V2019"), template("V2014"), 2018);

        assertThat(check.check("黄羊镇", submission(cells("P02@NEWMADE=2")), submission(cells("L01_1b=2")))).isEmpty();
    }

    private static Map<String, CellValue> cells(String text) {
        Map<String, CellValue> cells = new HashMap<>();
        for (String pair : text.isEmpty() ? new String[0] : text.split(";")) {
            String[] parts = pair.split("=", -1);
            cells.put(parts[0], value(parts[1]));
        }
        return cells;
    }

    private static CellValue value(String text) {
        if (text == null || text.isEmpty()) {
            return CellValue.EMPTY;
        }
        return text.equals("—") ? CellValue.NA : CellValue.of(new BigDecimal(text));
    }

    private static Figures submission(Map<String, CellValue> cells) {
        return Figures.of(CellLayout.parse(String.join(",", cells.keySet())), cells, Set.of());
    }

    private static Template template(String id) {
        return CATALOG.template(id).orElseThrow();
    }
}
