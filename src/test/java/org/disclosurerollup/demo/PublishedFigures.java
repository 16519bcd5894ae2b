package org.disclosurerollup.demo;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Figures a unit actually published, carried into the demo input unchanged. */
final class PublishedFigures {

    /**
     * 四坝镇's 2017 report (V2014), copied cell by cell from {@code /work/shared/examples/四坝镇_2017.xlsx}
     * (column 统计数): the published figures, zeros included; L08_4 专项经费 in 万元.
     */
    private static final String SIBA_ZHEN_2017 = """
            L01_1 357   L01_1a 49   L01_1b 1
            L01_2_1 0   L01_2_2 90  L01_2_3 0   L01_2_4 0   L01_2_5 267
            L02_1 7
            L02_2_1 1   L02_2_1a 1  L02_2_2 0   L02_2_2a 0  L02_2_3 18  L02_2_4 6   L02_2_5 8
            L03_1 0     L03_1_1 0   L03_1_2 0   L03_1_3 0   L03_1_4 0
            L03_2 0     L03_2_1 0   L03_2_2 0
            L03_3 0     L03_3_1 0   L03_3_2 0   L03_3_3 0   L03_3_4 0
            L03_3_4a 0  L03_3_4b 0  L03_3_4c 0  L03_3_4d 0  L03_3_4e 0  L03_3_4f 0
            L03_3_5 0   L03_3_6 0   L03_3_7 0   L03_3_8 0
            L04 0       L04_1 0     L04_2 0     L04_3 0
            L05 0       L05_1 0     L05_2 0     L05_3 0
            L06 0       L07 0
            L08_1 0     L08_2 2     L08_3 4     L08_3_1 1   L08_3_2 3   L08_4 4.43
            L09_1 4     L09_2 2     L09_3 7
            """;

    private PublishedFigures() {
    }

    static Map<String, BigDecimal> siBaZhen2017() {
        String[] tokens = SIBA_ZHEN_2017.trim().split("\\s+");
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        for (int i = 0; i < tokens.length; i += 2) {
            figures.put(tokens[i], new BigDecimal(tokens[i + 1]));
        }
        return figures;
    }
}
