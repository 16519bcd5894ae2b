package org.disclosurerollup.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The draft of 2019 (V2019), whose last year 2018 used V2014: no figure compares, none is said to have changed. */
class DraftV2019Test {

    @TempDir
    static Path folder;
    private static Path docx;

    @BeforeAll
    static void write() throws Exception {
        docx = folder.resolve(AnnualReportDraft.fileName("凉州区", 2019));
        new AnnualReportDraft().write(ReportFixtures.input2019(), docx);
    }

    @Test
    void followsTheOutlineOfTheFormat() throws Exception {
        try (WrittenDraft draft = WrittenDraft.read(docx)) {
            assertThat(draft.paragraphs().get(0)).isEqualTo("凉州区2019年政府信息公开工作年度报告");
            assertThat(draft.headings()).containsExactly("一、总体情况", "（一）主动公开", "（二）依申请公开",
                    "（三）政府信息管理", "（四）平台建设", "（五）监督保障", "二、主动公开政府信息情况",
                    "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
                    "五、存在的主要问题及改进情况", "六、其他需要报告的事项", "附录　发布前请核对的数字");
        }
    }

    @Test
    void tablesShowEveryTotalInTheOfficialLayout() throws Exception {
        try (WrittenDraft draft = WrittenDraft.read(docx)) {
            OfficialTableChecks.assertValues(draft.tables(), ReportFixtures.V2019, ReportFixtures.totals2019());
            OfficialTableChecks.assertBoxes(draft.tables(), ReportFixtures.V2019);
            assertThat(WrittenDraft.values(draft.tables().get(0), OfficialTableChecks.layouts(ReportFixtures.V2019)
                    .get(0))).containsEntry("P07@AMT", "356.79").containsEntry("P03@DELTA", "-3");
        }
    }

    @Test
    void statesTheFiguresWithoutChangesAcrossTheChangeOfFormat() throws Exception {
        try (WrittenDraft draft = WrittenDraft.read(docx)) {
            assertThat(draft.paragraphs()).contains(
                    "2019年，全区本年新制作规章0件，新公开规章0件，对外公开规章总数0件；本年新制作规范性文件8件，"
                    + "新公开规范性文件8件，对外公开规范性文件总数60件。作出行政许可处理决定900件，其他对外管理服务事项"
                    + "处理决定50件，行政处罚处理决定180件，行政强制处理决定9件；政府集中采购项目14项，"
                    + "采购总金额356.79万元。",
                    "2019年，全区共收到政府信息公开申请55件。其中，自然人申请50件，法人或其他组织申请5件；"
                    + "另有上年结转申请0件。法人或其他组织的申请中，商业企业5件。",
                    "全年办理完毕申请51件。其中，予以公开33件，部分公开5件，不予公开1件，无法提供8件，不予处理2件，"
                    + "其他处理2件；结转下年度继续办理4件。不予公开的申请中，属于四类过程性信息1件。无法提供的申请中，"
                    + "本机关不掌握相关政府信息8件。不予处理的申请中，信访举报投诉类申请2件。",
                    "2019年，全区【请填写：未收取政府信息公开相关费用；或收取费用的依据、件数和金额】。");
            assertThat(String.join("\n", draft.paragraphs())).doesNotContain("较上年", "与上年持平");
            assertThat(draft.paragraphs().get(1)).endsWith("上年（2018年）用的是政府信息公开情况统计表（国办发〔2014〕32号），"
                    + "与本年格式不同，文中只将两种格式中代码和行列名称都相同的指标与上年比较。】");
        }
    }

    @Test
    void drawsTheLastYearsAcrossTheChangeOfFormatWithANote() throws Exception {
        try (WrittenDraft draft = WrittenDraft.read(docx)) {
            assertThat(draft.chartParts()).hasSize(2);
            assertThat(draft.paragraphs()).contains("注：2018年及以前为《政府信息公开情况统计表》的“收到申请数”"
                    + "“行政复议数量”“行政诉讼数量”，与2019年起的统计口径相近，仅供参考。");
        }
    }
}
