package org.disclosurerollup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the history table says a duration and lines up Chinese text on a terminal. */
class HistoryTableTest {

    @ParameterizedTest
    @CsvSource({
        "0,     0秒",
        "59,    59秒",
        "60,    1分00秒",
        "185,   3分05秒",
        "3599,  59分59秒",
        "3720,  1小时02分",
        "90061, 25小时01分",
    })
    void durationsAreSaidInSecondsMinutesOrHours(long seconds, String said) {
        assertThat(HistoryTable.duration(Duration.ofSeconds(seconds))).isEqualTo(said);
    }

    @Test
    void anUnknownDurationIsADash() {
        assertThat(HistoryTable.duration(null)).isEqualTo("-");
    }

    @ParameterizedTest
    @CsvSource({"abc, 3", "完成, 4", "失败（重新运行即从中断处继续）, 30", "#12, 3", "3分05秒, 7"})
    void chineseCharactersAndFullWidthPunctuationTakeTwoColumns(String text, int width) {
        assertThat(TextColumns.width(text)).isEqualTo(width);
    }

    @Test
    void columnsLineUpAndNumbersAlignRight() {
        List<String> lines = TextColumns.align(List.of(List.of("运行", "状态", "读取行", "说明"),
                List.of("#10", "完成", "9", ""), List.of("#9", "失败", "1200", "x")), 2, 2);

        assertThat(lines).containsExactly(
                "运行  状态  读取行  说明",
                "#10   完成       9",
                "#9    失败    1200  x");
    }
}
