package org.disclosurerollup.lastyear;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.disclosurerollup.catalog.Catalog;
import org.disclosurerollup.catalog.Template;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComparableCellsTest {

    private static final Catalog CATALOG = Catalog.fromClasspath();
    private static final Crosswalk CROSSWALK = Crosswalk.fromClasspath();

    @ParameterizedTest
    @CsvSource({
            "V2021, V2021, 200, 0",
            "V2019, V2019, 198, 0",
            "V2014, V2014, 58, 0",
            "V2019, V2021, 169, 0",
            "V2014, V2019, 12, 12",
            "V2014, V2021, 0, 0"})
    void comparesTheCellsWithTheSameLabelsAndTheCrosswalkLines(String last, String current, int lines,
                                                               int approximate) {
        List<Pairing> pairings = between(last, current);

        assertThat(pairings).hasSize(lines);
        assertThat(pairings).filteredOn(pairing -> pairing.note().startsWith("口径近似，仅供参考")).hasSize(approximate);
    }

    @ParameterizedTest
    @CsvSource({"P03@N", "P04@N", "P05@N", "P02@M", "A03_6_1@TT"})
    void fromV2019ToV2021ACellWhoseLabelsChangedIsLeftOut(String code) {
        assertThat(between("V2019", "V2021")).noneMatch(pairing -> pairing.code().equals(code));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "A01@NP|表三|一、本年新收政府信息公开申请数量|自然人",
            "A03_3_2@CE|表三|三、本年度办理结果/（三）不予公开/2.其他法律行政法规禁止公开|法人或其他组织/商业企业",
            "R2@TOT|表四|行政诉讼/未经复议直接起诉|总计"})
    void aSharedCellIsNamedAsThisYearsCatalogNamesIt(String code, String table, String row, String column) {
        Pairing pairing = between("V2019", "V2021").stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();

        assertThat(pairing).isEqualTo(new Pairing(table, row, column, code, List.of(code), List.of(code), false, ""));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "A03_3_1@TT+A03_3_2@TT+A03_3_3@TT+A03_3_4@TT+A03_3_5@TT+A03_3_6@TT+A03_3_7@TT+A03_3_8@TT（上年 L03_3_4）|8|1|总计",
            "A03_4_1@TT（上年 L03_3_5+L03_3_6）|1|2|总计",
            "R1@OTH+R1@PEND（上年 L04_3）|2|1|''"})
    void aCrosswalkLineSumsItsCodesOnBothSides(String code, int thisYearCodes, int lastYearCodes, String column) {
        Pairing pairing = between("V2014", "V2019").stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();

        assertThat(pairing.thisYearCodes()).hasSize(thisYearCodes);
        assertThat(pairing.lastYearCodes()).hasSize(lastYearCodes);
        assertThat(pairing.column()).isEqualTo(column);
    }

    @ParameterizedTest
    @CsvSource({"V2021, P06@AMT", "V2019, P07@AMT", "V2014, L07;L08_4"})
    void theAmountsAreKnownAsAmounts(String template, String amounts) {
        assertThat(between(template, template)).filteredOn(Pairing::amount).extracting(Pairing::code)
                .containsExactly(amounts.split(";"));
    }

    private static List<Pairing> between(String last, String current) {
        return ComparableCells.between(template(last), template(current), CROSSWALK);
    }

    private static Template template(String id) {
        return CATALOG.template(id).orElseThrow();
    }
}
