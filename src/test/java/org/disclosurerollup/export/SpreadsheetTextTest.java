package org.disclosurerollup.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpreadsheetTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "=1+1                          | '=1+1",
        "=HYPERLINK(\"http://x\",\"y\") | '=HYPERLINK(\"http://x\",\"y\")",
        "+cmd                          | '+cmd",
        "-2+3+cmd('calc')!A0           | '-2+3+cmd('calc')!A0",
        "@SUM(A1:A2)                   | '@SUM(A1:A2)",
        "-3                            | -3",
        "+1036                         | +1036",
        "-1,036                        | -1,036",
        "-12.50                        | -12.50",
        "-                             | -",
        "--1                           | '--1",
        "-3件                          | '-3件",
        "四坝镇                        | 四坝镇",
        "12                            | 12",
        "a=b                           | a=b",
    })
    void neutralisesFormulaLikeTextButNotPlainNumbers(String text, String expected) {
        assertThat(SpreadsheetText.neutralise(text)).isEqualTo(expected);
    }

    @Test
    void neutralisesLeadingTabAndCarriageReturn() {
        assertThat(SpreadsheetText.neutralise("\t=1")).isEqualTo("'\t=1");
        assertThat(SpreadsheetText.neutralise("\r12")).isEqualTo("'\r12");
    }

    @Test
    void nullAndEmptyBecomeEmpty() {
        assertThat(SpreadsheetText.neutralise(null)).isEmpty();
        assertThat(SpreadsheetText.neutralise("")).isEmpty();
    }
}
