package org.disclosurerollup.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabelsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "（一）主动公开政府信息数            | (一)主动公开政府信息数",
        "2．政府网站 公开政府信息数           | 2.政府网站公开政府信息数",
        "本年收费金额（单位：万元）           | 本年收费金额(单位:万元)",
        "3.危及“三安全一稳定”                | 3.危及三安全一稳定",
        "「其他」『情形』‘数’'x'\"y\"          | 其他情形数xy",
        "ＡＢＣ　Total                       | abctotal",
        "申请\\n数量\\r\\n\\t合计              | 申请数量合计",
    })
    void normalizesWidthSpacesQuotesAndCase(String label, String normalized) {
        assertThat(Labels.normalize(label.replace("\\n", "\n").replace("\\r", "\r").replace("\\t", "\t")))
                .isEqualTo(normalized);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "一、主动公开情况         | 主动公开情况",
        "十二、其他               | 其他",
        "(一)收到申请数           | 收到申请数",
        "(3)其他情形数            | 其他情形数",
        "1.当面申请数             | 当面申请数",
        "12、信函申请数           | 信函申请数",
        "其中:涉及国家秘密         | 涉及国家秘密",
        "其中:1.专职人员数         | 专职人员数",
        "主动公开情况             | 主动公开情况",
        "2019年度情况             | 2019年度情况",
        "(一)                     | (一)",
    })
    void dropsLeadingNumbering(String normalized, String bare) {
        assertThat(Labels.withoutNumbering(normalized)).isEqualTo(bare);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "主动公开政府信息数(不同渠道和方式公开相同信息计1条)  | 主动公开政府信息数",
        "(一)主动公开政府信息数(不同渠道和方式公开相同信息计1条) | (一)主动公开政府信息数",
        "专项经费(不包括(政府公报)经费)                    | 专项经费",
        "本年收费金额(单位:万元)                          | 本年收费金额",
        "(一)收到申请数                                   | (一)收到申请数",
    })
    void dropsNotesInParentheses(String normalized, String withoutNotes) {
        assertThat(Labels.withoutNotes(normalized)).isEqualTo(withoutNotes);
    }
}
