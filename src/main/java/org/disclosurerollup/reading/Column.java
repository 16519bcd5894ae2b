package org.disclosurerollup.reading;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The columns of the long layout, with the header names the contract accepts for each. */
public enum Column {
    UNIT("单位", "单位", "单位名称", "填报单位", "unit"),
    YEAR("年度", "年度", "年份", "year"),
    CODE("指标代码", "指标代码", "代码", "code"),
    INDICATOR("指标名称", "指标名称", "指标", "indicator"),
    COLUMN("列", "列", "栏目", "column"),
    VALUE("数值", "数值", "统计数", "value");

    private final String label;
    private final List<String> headerNames;

    Column(String label, String... headerNames) {
        this.label = label;
        this.headerNames = List.of(headerNames);
    }

    /** The Chinese name used in messages. */
    public String label() {
        return label;
    }

    public List<String> headerNames() {
        return headerNames;
    }

    /** The column a header cell names: NFKC, case, spaces, quotes and a stray BOM do not matter. */
    public static Optional<Column> forHeader(String headerCell) {
        String key = normalise(headerCell);
        return Arrays.stream(values()).filter(c -> c.headerNames.stream().anyMatch(n -> normalise(n).equals(key)))
                .findFirst();
    }

    /** All accepted header names, for messages: {@code 单位（单位、单位名称、填报单位、unit）；年度（…）…}. */
    public static String acceptedNames() {
        return Arrays.stream(values()).map(c -> c.label + "（" + String.join("、", c.headerNames) + "）")
                .collect(Collectors.joining("；"));
    }

    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder key = new StringBuilder(nfkc.length());
        nfkc.codePoints()
                .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && cp != '\uFEFF' && cp != '"')
                .forEach(key::appendCodePoint);
        return key.toString().toLowerCase(Locale.ROOT);
    }
}
