package org.disclosurerollup.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.disclosurerollup.catalog.Catalog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorNamesTest {

    private static final Catalog CATALOG = Catalog.fromClasspath();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            V2014 | L01_1     | （一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）
            V2014 | L03_3_4b  | 涉及商业秘密
            V2021 | P02@M     | 行政规范性文件/本年制发件数
            V2021 | A01@CE    | 一、本年新收政府信息公开申请数量/法人或其他组织/商业企业
            V2021 | A03_1@NP  | （一）予以公开/自然人
            V2021 | A03_3_2@TT| 2.其他法律行政法规禁止公开/总计
            V2021 | R2@TOT    | 未经复议直接起诉/总计
            """)
    void namesARowOrTheLastRowSegmentAndTheColumn(String template, String code, String expected) {
        assertThat(IndicatorNames.of(CATALOG.template(template).orElseThrow().cell(code).orElseThrow()))
                .isEqualTo(expected);
    }
}
