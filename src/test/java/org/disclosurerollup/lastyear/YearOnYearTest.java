package org.disclosurerollup.lastyear;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YearOnYearTest {

    @ParameterizedTest
    @CsvSource({
            "5, 4, 1, 0.250",
            "1, 9, -8, -0.889",
            "2, 3, -1, -0.333",
            "2, 2, 0, 0.000",
            "0.10, 0.13, -0.03, -0.231",
            "5, 0, 5, ",
            "0, 0, 0, "})
    void theChangeAndItsShareOfLastYearToATenthOfAPercent(BigDecimal thisYear, BigDecimal lastYear, BigDecimal change,
                                                          BigDecimal ratio) {
        YearOnYear.Line line = new YearOnYear.Line("表二", "行", "列", "P02@M", thisYear, lastYear, false, "");

        assertThat(line.change()).isEqualByComparingTo(change);
        assertThat(line.ratio()).isEqualTo(Optional.ofNullable(ratio));
    }

    @Test
    void saysWhatItComparedWith() {
        YearOnYear compared = new YearOnYear(2024,
                Optional.of(new LastYearRun(7, 2023, "V2021", LocalDateTime.of(2024, 1, 20, 10, 5, 9))), "", List.of());

        assertThat(compared.compared()).isTrue();
        assertThat(compared.title("全区")).isEqualTo("2024年全区数与2023年的比较（2023年的汇总：运行编号 7，完成于 2024-01-20 10:05:09）");
        assertThat(compared.runFact("全区")).isEqualTo("已与2023年的汇总（运行编号 7）核对上年结转、比较全区数，见“同比”工作表");
    }

    @Test
    void saysThatNothingWasCompared() {
        YearOnYear none = YearOnYear.none(2024);

        assertThat(none.compared()).isFalse();
        assertThat(none.runFact("全区")).isEqualTo("数据库中没有上年（2023年）已完成的汇总，未做跨年度核对");
    }
}
