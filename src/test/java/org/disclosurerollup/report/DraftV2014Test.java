package org.disclosurerollup.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The draft of 2016 (V2014) without last year's run, with 2014 and 2015 in the chart of the last years. */
class DraftV2014Test {

    @TempDir
    static Path folder;
    private static Path docx;

    @BeforeAll
    static void write() throws Exception {
        docx = folder.resolve(AnnualReportDraft.fileName("凉州区", 2016));
        new AnnualReportDraft().write(ReportFixtures.input2016(), docx);
    }

    @Test
    void followsThe2014EraOutlineWithTheTableAttached() throws Exception {
        try (WrittenDraft draft = WrittenDraft.read(docx)) {
            assertThat(draft.headings()).containsExactly("一、概述", "二、主动公开政府信息情况", "三、依申请公开政府信息情况",
                    "四、政府信息公开的收费及减免情况", "五、因政府信息公开申请行政复议、提起行政诉讼的情况",
                    "六、存在的主要问题及改进措施", "七、其他需要报告的事项", "附录　发布前请核对的数字");
            assertThat(draft.paragraphs()).contains("附表　政府信息公开情况统计表");
        }
    }

    @Test
    void tableShowsEveryTotal() throws Exception {
        try (WrittenDraft draft = WrittenDraft.read(docx)) {
            assertThat(draft.tables()).hasSize(1);
            OfficialTableChecks.assertValues(draft.tables(), ReportFixtures.V2014, ReportFixtures.totalsV2014());
            OfficialTableChecks.assertBoxes(draft.tables(), ReportFixtures.V2014);
            assertThat(WrittenDraft.values(draft.tables().get(0), OfficialTableChecks.layouts(ReportFixtures.V2014)
                    .get(0))).containsEntry("L07", "0.05").containsEntry("L08_4", "8.50");
        }
    }

    @Test
    void statesTheFiguresOfTheOldForm() throws Exception {
        try (WrittenDraft draft = WrittenDraft.read(docx)) {
            assertThat(draft.paragraphs()).contains(
                    "2016年，全区共收到政府信息公开申请40件，其中当面申请10件，传真申请0件，网络申请25件，信函申请5件。"
                    + "办结申请38件，其中按时办结36件，延期办结2件。",
                    "全年作出申请答复38件。其中，属于已主动公开范围5件，同意公开20件，同意部分公开4件，不同意公开3件，"
                    + "不属于本行政机关公开2件，申请信息不存在3件，告知作出更改补充1件，告知通过其他途径办理0件。"
                    + "不同意公开的申请中，涉及国家秘密1件，涉及个人隐私2件。",
                    "2016年，全区依申请公开政府信息收取费用0.05万元。",
                    "2016年，全区因政府信息公开申请被申请行政复议3件，其中维持具体行政行为2件，被依法纠错1件，"
                    + "其他情形0件；被提起行政诉讼2件，其中维持具体行政行为或者驳回原告诉讼请求1件，被依法纠错0件，"
                    + "其他情形1件。收到有关政府信息公开的举报投诉4件。");
            assertThat(draft.paragraphs().get(1)).endsWith("没有上年（2015年）已完成的汇总，文中未与上年比较。】");
            assertThat(draft.markedPlaces()).hasSize(10).contains("【请填写：收费依据和减免情况】",
                    "【请填写：本年度政府信息公开工作存在的主要问题】", "【请填写：针对问题的改进措施】");
        }
    }

    @Test
    void drawsTheAnswersAndThreeYears() throws Exception {
        try (WrittenDraft draft = WrittenDraft.read(docx)) {
            assertThat(draft.chartParts()).hasSize(2);
            assertThat(draft.paragraphs()).contains("图1　2016年政府信息公开申请答复情况（件）");
            assertThat(draft.document().getCharts().get(1).getChartSeries().get(0).getSeries(0).getValuesData()
                    .getPointAt(2)).isEqualTo(40.0);
            assertThat(draft.document().getCharts().get(1).getChartSeries().get(0).getSeriesCount()).isEqualTo(3);
        }
    }
}
