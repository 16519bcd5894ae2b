package org.disclosurerollup.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurerollup.catalog.Catalog;
import org.disclosurerollup.catalog.CatalogCell;
import org.disclosurerollup.catalog.Comparison;
import org.disclosurerollup.catalog.LinearSum;
import org.disclosurerollup.catalog.Rule;
import org.disclosurerollup.catalog.Severity;
import org.disclosurerollup.catalog.Template;
import org.junit.jupiter.api.Test;

class SelfCheckFormulasTest {

    private static final Template V2014 = Catalog.fromClasspath().template("V2014").orElseThrow();

    /** Each V2014 value cell in column C from row 5 on, as the form would place it. */
    private static Map<String, String> inputs(Template template) {
        Map<String, String> inputs = new LinkedHashMap<>();
        List<CatalogCell> cells = template.valueCells();
        for (int i = 0; i < cells.size(); i++) {
            inputs.put(cells.get(i).code(), "'统计表'!$C$" + (i + 5));
        }
        return inputs;
    }

    private static Rule rule(String id) {
        return V2014.rules().stream().filter(rule -> rule.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void comparesRoundedSidesAndShowsBothWhenTheRuleBreaks() {
        Map<String, String> inputs = inputs(V2014);
        SelfCheckFormulas formulas = new SelfCheckFormulas(V2014.rules(), inputs, 9, 4);
        Rule rule = rule("L-R7a");

        assertThat(formulas.side(rule.left())).isEqualTo("ROUND(SUM(" + inputs.get("L01_1a") + "),6)");
        assertThat(formulas.filled(rule)).isEqualTo("COUNTA(" + inputs.get("L01_1a") + "," + inputs.get("L01_1") + ")");
        assertThat(formulas.status(rule, "$E$12", "$F$12", "$G$12")).isEqualTo("IF($G$12=0,\"\",IF($E$12<=$F$12,\"通过\","
                + "\"不符：左边 \"&$E$12&\"，右边 \"&$F$12&\"，差 \"&ROUND(ABS($E$12-$F$12),6)))");
        assertThat(formulas.side(rule("L-R12").right())).isEqualTo("ROUND(SUM(1000),6)");
    }

    @Test
    void aTotalLeftBlankCountsAsTheSumOfItsParts() {
        Map<String, String> inputs = inputs(V2014);
        SelfCheckFormulas formulas = new SelfCheckFormulas(V2014.rules(), inputs, 9, 4);

        assertThat(formulas.derivedTotals()).containsExactly("L03_1", "L03_2", "L03_3", "L03_3_4", "L04", "L05",
                "L08_3");
        assertThat(formulas.derivedTotal("L03_2")).isEqualTo("IF(ISBLANK(" + inputs.get("L03_2") + "),SUM("
                + inputs.get("L03_2_1") + "," + inputs.get("L03_2_2") + "),SUM(" + inputs.get("L03_2") + "))");
        assertThat(formulas.derivedTotal("L03_3")).contains(",$J$8,").doesNotContain(inputs.get("L03_3_4") + ",");
        assertThat(formulas.side(rule("L-R10").left())).isEqualTo("ROUND(SUM($J$7),6)");
        assertThat(formulas.status(rule("L-R2"), "$E$6", "$F$6", "$G$6")).isEqualTo("IF($G$6=0,\"\",IF($E$6=$F$6,"
                + "IF(ISBLANK(" + inputs.get("L03_2") + "),\"通过（总计未填，汇总时按各项之和计）\",\"通过\"),"
                + "\"不符：左边 \"&$E$6&\"，右边 \"&$F$6&\"，差 \"&ROUND(ABS($E$6-$F$6),6)))");
    }

    @Test
    void aTotalWhosePartsLeadBackToItIsNotDerived() {
        Rule first = new Rule("T", "X-SUM", Severity.ERROR, "all", sum("X"), Comparison.EQUAL, sum("Y", "Z"), "");
        Rule second = new Rule("T", "Y-SUM", Severity.ERROR, "all", sum("Y"), Comparison.EQUAL, sum("X", "W"), "");
        Map<String, String> inputs = Map.of("X", "'统计表'!$C$1", "Y", "'统计表'!$C$2", "Z", "'统计表'!$C$3",
                "W", "'统计表'!$C$4");

        SelfCheckFormulas formulas = new SelfCheckFormulas(List.of(first, second), inputs, 9, 4);

        assertThat(formulas.derivedTotals()).containsExactly("X");
        assertThat(formulas.side(second.right())).isEqualTo("ROUND(SUM($J$5,'统计表'!$C$4),6)");
        assertThat(formulas.derivedTotal("X")).isEqualTo(
                "IF(ISBLANK('统计表'!$C$1),SUM('统计表'!$C$2,'统计表'!$C$3),SUM('统计表'!$C$1))");
    }

    private static LinearSum sum(String... codes) {
        return new LinearSum(List.of(codes).stream().map(code -> new LinearSum.Term(code, null)).toList());
    }
}
