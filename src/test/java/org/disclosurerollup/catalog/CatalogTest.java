package org.disclosurerollup.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogTest {

    private final Catalog catalog = Catalog.fromClasspath();

    @ParameterizedTest
    @CsvSource({"2014, V2014", "2017, V2014", "2018, V2014", "2019, V2019", "2020, V2019", "2021, V2021", "2024, V2021",
        "2035, V2021"})
    void choosesTheTemplateByYear(int year, String template) {
        assertThat(catalog.templateFor(year)).map(Template::id).hasValue(template);
    }

    @Test
    void hasNoTemplateBefore2014() {
        assertThat(catalog.templateFor(2013)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"V2014, 65, 58, 1, 15", "V2019, 198, 198, 3, 41", "V2021, 200, 200, 3, 44"})
    void loadsEveryCellAndRuleOfTheDataFiles(String id, int cells, int valueCells, int tables, int rules) {
        Template template = catalog.template(id).orElseThrow();
        assertThat(template.cells()).hasSize(cells);
        assertThat(template.valueCells()).hasSize(valueCells);
        assertThat(template.tables()).hasSize(tables);
        assertThat(template.rules()).hasSize(rules);
    }

    @Test
    void keepsThePrintedOrderAndTheCellFacts() {
        Template v2021 = catalog.template("V2021").orElseThrow();
        assertThat(v2021.valueCells().get(0).code()).isEqualTo("P01@M");
        CatalogCell fee = v2021.cell("P06@AMT").orElseThrow();
        assertThat(fee.isAmount()).isTrue();
        assertThat(fee.unit()).isEqualTo("万元");
        assertThat(v2021.cell("A03_3_2@CE").orElseThrow().colLabel()).isEqualTo("法人或其他组织/商业企业");
        assertThat(catalog.template("V2019").orElseThrow().cell("P03@DELTA").orElseThrow().type()).isEqualTo(CellType.SIGNED);
        assertThat(catalog.template("V2014").orElseThrow().cell("L01").orElseThrow().carriesValue()).isFalse();
    }

    @Test
    void namesTheTemplatesThatDefineACode() {
        assertThat(catalog.templatesDefining("P02@NEWMADE")).containsExactly("V2019");
        assertThat(catalog.templatesDefining("A01@NP")).containsExactly("V2019", "V2021");
        assertThat(catalog.templatesDefining("L99")).isEmpty();
    }
}
