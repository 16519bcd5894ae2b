package org.disclosurerollup.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordingTest {

    @ParameterizedTest(name = "{0} against {1}")
    @CsvSource(delimiter = '|', value = {
        "123 | 100 | ，较上年增加23件（增长23.0%） | （较上年增加23件，增长23.0%）",
        "230 | 250 | ，较上年减少20件（下降8.0%）  | （较上年减少20件，下降8.0%）",
        "40  | 40  | ，与上年持平                  | （与上年持平）",
        "5   | 0   | ，较上年增加5件（上年为0）     | （较上年增加5件，上年为0）",
        "0   | 7   | ，较上年减少7件（下降100.0%）  | （较上年减少7件，下降100.0%）",
        "2   | 3   | ，较上年减少1件（下降33.3%）   | （较上年减少1件，下降33.3%）",
    })
    void saysTheChangeOfACount(String now, String last, String clause, String bracketed) {
        Wording.Change change = new Wording.Change(new BigDecimal(now), new BigDecimal(last), false, "件");

        assertThat(change.clause()).isEqualTo(clause);
        assertThat(change.bracketed()).isEqualTo(bracketed);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"12.345, 12.35", "0.125, 0.13", "0.124, 0.12", "7, 7.00", "1234567.005, 1234567.01"})
    void showsAmountsWithTwoDecimalsRoundedHalfUp(String exact, String shown) {
        assertThat(Wording.number(new BigDecimal(exact), true)).isEqualTo(shown);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"90, 90", "90.000, 90", "100, 100", "12000000, 12000000", "-3, -3"})
    void showsCountsAsPlainWholeNumbers(String value, String shown) {
        assertThat(Wording.number(new BigDecimal(value), false)).isEqualTo(shown);
    }

    @ParameterizedTest(name = "{0} against {1}")
    @CsvSource({"12.35, 10.00, （较上年增加2.35万元，增长23.5%）", "10.00, 12.50, （较上年减少2.50万元，下降20.0%）"})
    void saysTheChangeOfAnAmountInWanYuan(String now, String last, String bracketed) {
        Wording.Change change = new Wording.Change(new BigDecimal(now), new BigDecimal(last), true, "万元");

        assertThat(change.bracketed()).isEqualTo(bracketed);
    }
}
