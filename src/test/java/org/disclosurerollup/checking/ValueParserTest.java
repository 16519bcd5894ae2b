package org.disclosurerollup.checking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.List;
import org.disclosurerollup.audit.Reason;
import org.disclosurerollup.catalog.CatalogCell;
import org.disclosurerollup.catalog.CellType;
import org.disclosurerollup.submission.CellValue;
import org.disclosurerollup.submission.ValueKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueParserTest {

    private static final CatalogCell COUNT =
            new CatalogCell("V2021", "T3", "A01@NP", "A01", "一、本年新收政府信息公开申请数量", "NP", "自然人", "件", CellType.INT);
    private static final CatalogCell AMOUNT =
            new CatalogCell("V2021", "T2", "P06@AMT", "P06", "第二十条第（八）项/行政事业性收费", "AMT", "本年收费金额（单位：万元）",
                    "万元", CellType.DECIMAL);
    private static final CatalogCell DELTA =
            new CatalogCell("V2019", "T2", "P03@DELTA", "P03", "第二十条第（五）项/行政许可", "DELTA", "本年增/减", "项",
                    CellType.SIGNED);
    private static final String LONG_VALUE = "1".repeat(300);

    private final ValueParser parser = new ValueParser();

    @ParameterizedTest(name = "[{index}] “{0}” in {1} → {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            NULL                    | INT     | EMPTY    |                |
            ''                      | INT     | EMPTY    |                |
            '   '                   | DECIMAL | EMPTY    |                |
            '\u00A0'                | INT     | EMPTY    |                |
            '\u3000\t\r\n'          | SIGNED  | EMPTY    |                |
            -                       | INT     | NA       |                |
            —                       | INT     | NA       |                |
            ——                      | DECIMAL | NA       |                |
            –                       | INT     | NA       |                |
            '— —'                   | INT     | NA       |                |
            ─                       | INT     | NA       |                |
            ―                       | SIGNED  | NA       |                |
            ‐                       | INT     | NA       |                |
            /                       | INT     | NA       |                |
            ／                      | DECIMAL | NA       |                |
            不适用                  | INT     | NA       |                |
            N/A                     | INT     | NA       |                |
            n/a                     | DECIMAL | NA       |                |
            0                       | INT     | ZERO     | 0              |
            ０                      | INT     | ZERO     | 0              |
            0.0                     | INT     | ZERO     | 0              |
            零                      | INT     | ZERO     | 0              |
            〇                      | INT     | ZERO     | 0              |
            无                      | DECIMAL | ZERO     | 0              |
            0件                     | INT     | ZERO     | 0              |
            0条                     | INT     | ZERO     | 0              |
            0.00万元                | DECIMAL | ZERO     | 0              |
            0元                     | DECIMAL | ZERO     | 0              |
            -0                      | INT     | ZERO     | 0              |
            123                     | INT     | NUMBER   | 123            |
            １２３                  | INT     | NUMBER   | 123            |
            １，２３４件            | INT     | NUMBER   | 1234           |
            '1,234,567'             | INT     | NUMBER   | 1234567        |
            '11,398,889件'          | INT     | NUMBER   | 11398889       |
            '1\u00A0234'            | INT     | NUMBER   | 1234           |
            '  42\n'                | INT     | NUMBER   | 42             |
            90条                    | INT     | NUMBER   | 90             |
            90.0                    | INT     | NUMBER   | 90             |
            90.00                   | INT     | NUMBER   | 90             |
            5人次                   | INT     | NUMBER   | 5              |
            7人                     | INT     | NUMBER   | 7              |
            +12                     | INT     | NUMBER   | 12             |
            +1036                   | SIGNED  | NUMBER   | 1036           |
            ＋１０３６              | SIGNED  | NUMBER   | 1036           |
            -4                      | SIGNED  | NUMBER   | -4             |
            －４项                  | SIGNED  | NUMBER   | -4             |
            '\u22124'               | SIGNED  | NUMBER   | -4             |
            9223372036854           | INT     | NUMBER   | 9223372036854  |
            1.27                    | DECIMAL | NUMBER   | 1.27           |
            1.2700                  | DECIMAL | NUMBER   | 1.27           |
            2.92万元                | DECIMAL | NUMBER   | 2.92           |
            1.5万                   | DECIMAL | NUMBER   | 1.5            |
            '1.5 万'                | DECIMAL | NUMBER   | 1.5            |
            １．５万                | DECIMAL | NUMBER   | 1.5            |
            0万                     | DECIMAL | ZERO     | 0              |
            100                     | DECIMAL | NUMBER   | 100            |
            '1,234.5'               | DECIMAL | NUMBER   | 1234.5         |
            251000元                | DECIMAL | NUMBER   | 25.1           | yuan-to-wanyuan
            50元                    | DECIMAL | NUMBER   | 0.005          | yuan-to-wanyuan
            0.000001                | DECIMAL | NUMBER   | 0.000001       |
            12.34元                 | DECIMAL | NUMBER   | 0.001234       | yuan-to-wanyuan
            0.0000001               | DECIMAL | REJECTED | type-error     |
            12.345元                | DECIMAL | REJECTED | type-error     |
            -4                      | INT     | REJECTED | negative-value |
            -3                      | DECIMAL | REJECTED | negative-value |
            -100元                  | DECIMAL | REJECTED | negative-value |
            -2.5                    | INT     | REJECTED | negative-value |
            2.5                     | INT     | REJECTED | not-integer    |
            2.5件                   | INT     | REJECTED | not-integer    |
            1.5                     | SIGNED  | REJECTED | not-integer    |
            '1,23'                  | INT     | REJECTED | type-error     |
            '3 5'                   | INT     | REJECTED | type-error     |
            '1 234 567'             | INT     | NUMBER   | 1234567        |
            '1,2345'                | INT     | REJECTED | type-error     |
            ',123'                  | INT     | REJECTED | type-error     |
            '0,123'                 | INT     | REJECTED | type-error     |
            99999999999999999999    | INT     | REJECTED | type-error     |
            9223372036854775808     | SIGNED  | REJECTED | type-error     |
            99999999999999999999.5  | DECIMAL | REJECTED | type-error     |
            abc                     | INT     | REJECTED | type-error     |
            三                      | INT     | REJECTED | type-error     |
            12a                     | INT     | REJECTED | type-error     |
            1.2.3                   | DECIMAL | REJECTED | type-error     |
            1e3                     | INT     | REJECTED | type-error     |
            50%                     | DECIMAL | REJECTED | type-error     |
            .5                      | DECIMAL | REJECTED | type-error     |
            +                       | SIGNED  | REJECTED | type-error     |
            +-4                     | SIGNED  | REJECTED | type-error     |
            5件件                   | INT     | REJECTED | type-error     |
            5万元                   | INT     | REJECTED | type-error     |
            3万                     | INT     | REJECTED | type-error     |
            1.5万件                 | INT     | REJECTED | type-error     |
            1.5万                   | SIGNED  | REJECTED | type-error     |
            万                      | DECIMAL | REJECTED | type-error     |
            1.5万万                 | DECIMAL | REJECTED | type-error     |
            5元                     | INT     | REJECTED | type-error     |
            5件                     | DECIMAL | REJECTED | type-error     |
            ①                       | INT     | REJECTED | type-error     |
            1²                      | INT     | REJECTED | type-error     |
            LONG_VALUE              | INT     | REJECTED | type-error     |
            """)
    void readsEveryValueForm(String raw, CellType type, String kind, String expected, String note) {
        ValueReading reading = parser.read("LONG_VALUE".equals(raw) ? LONG_VALUE : raw, cellOf(type));

        if (kind.equals("REJECTED")) {
            assertThat(reading).isInstanceOfSatisfying(ValueReading.Rejected.class,
                    rejected -> assertThat(rejected.reason().id()).isEqualTo(expected));
            return;
        }
        assertThat(reading).isInstanceOfSatisfying(ValueReading.Accepted.class, accepted -> {
            assertThat(accepted.value().kind()).isEqualTo(ValueKind.valueOf(kind));
            assertThat(accepted.value().number()).isEqualTo(expected == null ? null : new BigDecimal(expected));
            assertThat(accepted.notes()).extracting(ValueReading.Note::id)
                    .isEqualTo(note == null ? List.of() : List.of(note));
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            12a                  | INT     | “12a”不是数字：请只填写阿拉伯数字（可带单位“件”），没有数据请填0
            -3                   | INT     | “-3”为负数：该指标不能为负，请核对后填写
            2.5                  | INT     | “2.5”不是整数：件数应为整数
            '1,23'               | INT     | “1,23”的千分位分隔有误：逗号应每三位一组（如1,234），请核对后填写
            99999999999999999999 | INT     | “99999999999999999999”数值过大：请核对后填写
            9223372036855        | INT     | “9223372036855”数值过大：请核对后填写
            5元                  | INT     | “5元”的单位不对：该指标以“件”计，请填写件数
            5件                  | DECIMAL | “5件”的单位不对：该指标以“万元”计，请填写金额
            1.5万                | INT     | “1.5万”用了“万”：该指标以“件”计，请写出完整的件数（1.5万写作15000）
            3万件                | INT     | “3万件”用了“万”：该指标以“件”计，请写出完整的件数（3万写作30000）
            2万                  | SIGNED  | “2万”用了“万”：该指标以“项”计，请写出完整的项数（2万写作20000）
            1.5                  | SIGNED  | “1.5”不是整数：项数应为整数
            ５０％               | DECIMAL | “５０％”不是数字：请只填写阿拉伯数字（单位万元，按元填写请带“元”），没有数据请填0
            """)
    void rejectionMessagesNameTheValueAsSubmitted(String raw, CellType type, String message) {
        assertThat(parser.read(raw, cellOf(type)))
                .isInstanceOfSatisfying(ValueReading.Rejected.class,
                        rejected -> assertThat(rejected.message()).contains("“" + raw + "”").isEqualTo(message));
    }

    @Test
    void longValuesAreCutInMessages() {
        assertThat(parser.read("12a" + "x".repeat(297), COUNT)).isEqualTo(new ValueReading.Rejected(Reason.TYPE_ERROR,
                "“12axxxxxxxxxxxxxxxxx…”过长（300个字符），不是数值：请只填写阿拉伯数字（可带单位“件”），没有数据请填0"));
    }

    @Test
    void yuanInAnAmountCellIsConvertedWithAWarning() {
        assertThat(parser.read("251,000 元", AMOUNT)).isEqualTo(new ValueReading.Accepted(
                CellValue.of(new BigDecimal("25.1")),
                List.of(new ValueReading.Note("yuan-to-wanyuan", "“251,000 元”按元填写，已换算为25.1万元"))));
    }

    @Test
    void headingCellsAreNotParsed() {
        CatalogCell heading = new CatalogCell("V2014", "T1", "L01", "L01", "一、主动公开情况", "", "", "——", CellType.HEADING);

        assertThatIllegalArgumentException().isThrownBy(() -> parser.read("0", heading));
    }

    private static CatalogCell cellOf(CellType type) {
        return switch (type) {
            case INT -> COUNT;
            case DECIMAL -> AMOUNT;
            case SIGNED -> DELTA;
            case HEADING -> throw new IllegalArgumentException("no heading fixture");
        };
    }
}
