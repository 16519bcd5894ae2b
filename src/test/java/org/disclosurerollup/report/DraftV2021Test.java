package org.disclosurerollup.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurerollup.catalog.OfficialTableLayout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The draft of 2024 (V2021), compared with 2023, with 2022 in the chart of the last years. */
class DraftV2021Test {

    private static final List<VerifyLine> TO_VERIFY = List.of(
            new VerifyLine("四坝镇", "新收申请（A01@TT）", "60", "上年3", "本年是上年的20.0倍（增加57）：请核对是否多填"),
            VerifyLine.warning("金河镇", ReportFixtures.V2021, "P06@AMT", "123400",
                    "“123400”按元填写，已换算为12.34万元"));

    @TempDir
    static Path folder;
    private static Path docx;

    @BeforeAll
    static void write() throws Exception {
        docx = folder.resolve(AnnualReportDraft.fileName("凉州区", 2024));
        new AnnualReportDraft().write(ReportFixtures.input2024(TO_VERIFY), docx);
    }

    @Test
    void isNamedForTheAreaAndYear() {
        assertThat(docx.getFileName()).hasToString("凉州区_2024_政府信息公开工作年度报告（草稿）.docx");
    }

    @Test
    void followsTheOutlineOfTheFormat() throws Exception {
        try (WrittenDraft draft = WrittenDraft.read(docx)) {
            assertThat(draft.paragraphs().get(0)).isEqualTo("凉州区2024年政府信息公开工作年度报告");
            assertThat(draft.headings()).containsExactly("一、总体情况", "（一）主动公开", "（二）依申请公开",
                    "（三）政府信息管理", "（四）平台建设", "（五）监督保障", "二、主动公开政府信息情况",
                    "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
                    "五、存在的主要问题及改进情况", "六、其他需要报告的事项", "附录　发布前请核对的数字");
            assertThat(draft.paragraphs()).contains("本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和"
                    + "【请填写：本地政务公开的有关规定】编制，统计数据由区政府及区直各部门和各乡镇（街道）报送的政府信息公开"
                    + "工作年度报告汇总而成。全文包括总体情况，主动公开政府信息情况，收到和处理政府信息公开申请情况，"
                    + "政府信息公开行政复议、行政诉讼情况，存在的主要问题及改进情况，其他需要报告的事项。本报告中所列数据的"
                    + "统计期限自2024年1月1日起至2024年12月31日止。本报告电子版可在【请填写：政府门户网站名称及网址】下载。"
                    + "如对本报告有疑问，请与【请填写：联系单位、地址、邮编、电话】联系。");
        }
    }

    @Test
    void tablesShowEveryTotalInTheOfficialLayout() throws Exception {
        try (WrittenDraft draft = WrittenDraft.read(docx)) {
            assertThat(draft.tables()).hasSize(4);
            OfficialTableChecks.assertValues(draft.tables(), ReportFixtures.V2021, ReportFixtures.totals2024());
            OfficialTableChecks.assertBoxes(draft.tables(), ReportFixtures.V2021);
            assertThat(WrittenDraft.values(draft.tables().get(0), OfficialTableChecks.layouts(ReportFixtures.V2021)
                    .get(0))).containsEntry("P06@AMT", "12.35").containsEntry("P03@N", "1500");
        }
    }

    @Test
    void statesActiveDisclosureWithItsChanges() throws Exception {
        try (WrittenDraft draft = WrittenDraft.read(docx)) {
            assertThat(draft.paragraphs()).contains("2024年，全区制发规章0件（与上年持平），废止规章0件（与上年持平），"
                    + "现行有效规章0件（与上年持平）；制发行政规范性文件12件（较上年增加2件，增长20.0%），废止行政规范性文件3件"
                    + "（与上年持平），现行有效行政规范性文件45件（较上年增加5件，增长12.5%）。全年作出行政许可决定1500件"
                    + "（较上年增加300件，增长25.0%），行政处罚决定230件（较上年减少20件，下降8.0%），行政强制决定17件"
                    + "（较上年增加17件，上年为0）；收取行政事业性收费12.35万元（较上年增加2.35万元，增长23.5%）。");
        }
    }

    @Test
    void statesApplicationsByApplicantAndResultWithTheirChanges() throws Exception {
        try (WrittenDraft draft = WrittenDraft.read(docx)) {
            assertThat(draft.paragraphs()).contains("2024年，全区共收到政府信息公开申请123件，较上年增加23件（增长23.0%）。"
                    + "其中，自然人申请100件（较上年增加20件，增长25.0%），法人或其他组织申请23件（较上年增加3件，增长15.0%）；"
                    + "另有上年结转申请18件（较上年增加13件，增长260.0%）。法人或其他组织的申请中，商业企业15件，"
                    + "社会公益组织2件，法律服务机构3件，其他3件。",
                    "全年办理完毕申请112件，较上年增加25件（增长28.7%）。其中，予以公开68件（较上年增加18件，增长36.0%），"
                    + "部分公开10件（较上年增加10件，上年为0），不予公开3件（与上年持平），无法提供22件（较上年减少6件，"
                    + "下降21.4%），不予处理5件（较上年增加1件，增长25.0%），其他处理4件（较上年增加2件，增长100.0%）；"
                    + "结转下年度继续办理29件（较上年增加11件，增长61.1%）。不予公开的申请中，属于国家秘密1件，"
                    + "保护第三方合法权益2件。无法提供的申请中，本机关不掌握相关政府信息22件。不予处理的申请中，重复申请5件。"
                    + "其他处理的申请中，申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请1件，其他3件。");
        }
    }

    @Test
    void statesReviewsAndLawsuitsWithTheCorrected() throws Exception {
        try (WrittenDraft draft = WrittenDraft.read(docx)) {
            assertThat(draft.paragraphs()).contains("2024年，全区因政府信息公开工作被申请行政复议5件，较上年增加2件"
                    + "（增长66.7%），其中结果维持3件（较上年增加1件，增长50.0%），结果纠正1件（较上年增加1件，上年为0），"
                    + "其他结果0件（较上年减少1件，下降100.0%），尚未审结1件（较上年增加1件，上年为0）；被提起行政诉讼3件，"
                    + "较上年增加2件（增长200.0%），其中结果纠正1件（较上年增加1件，上年为0）。");
        }
    }

    @Test
    void marksWhatOnlyAPersonCanWrite() throws Exception {
        try (WrittenDraft draft = WrittenDraft.read(docx)) {
            assertThat(draft.markedPlaces()).containsExactly(
                    "【请填写：本地政务公开的有关规定】",
                    "【请填写：政府门户网站名称及网址】",
                    "【请填写：联系单位、地址、邮编、电话】",
                    "【请填写：主动公开工作的主要做法和成效，如重点领域信息公开、政策解读、回应社会关切等】",
                    "【请填写：依申请公开工作的做法，如规范受理、办理和答复流程，答复文书和登记台账管理等】",
                    "【请填写：政府信息管理情况，如公开属性源头认定、政策文件清理、保密审查、规章和规范性文件集中公开等】",
                    "【请填写：政府信息公开平台建设情况，如政府网站、政务新媒体、政府公报、政务服务场所公开专区等】",
                    "【请填写：监督保障情况，如组织领导、工作考核、社会评议、责任追究、业务培训等】",
                    "【请填写：本年度政府信息公开工作存在的主要问题】",
                    "【请填写：针对问题的改进措施，以及上年度报告所列问题的整改情况】",
                    "【请填写：未收取信息处理费；或依据《政府信息公开信息处理费管理办法》收取信息处理费的件数和金额】",
                    "【请填写：人大代表建议和政协提案办理结果公开情况，本年度政务公开工作要点落实情况等】");
            assertThat(draft.paragraphs().get(1)).startsWith("【草稿说明：").endsWith(
                    "文中与上年的比较依据上年（2023年）的汇总数。】");
        }
    }

    @Test
    void appendixListsTheFiguresToCheck() throws Exception {
        try (WrittenDraft draft = WrittenDraft.read(docx)) {
            assertThat(draft.appendixRows()).containsExactly(
                    List.of("单位", "指标", "本年", "上年或参照", "请核对"),
                    List.of("四坝镇", "新收申请（A01@TT）", "60", "上年3", "本年是上年的20.0倍（增加57）：请核对是否多填"),
                    List.of("金河镇", "行政事业性收费 · 本年收费金额（单位：万元）（P06@AMT）", "123400", "",
                            "“123400”按元填写，已换算为12.34万元"));
        }
    }

    @Test
    void drawsTheResultsAndTheLastYearsAsCharts() throws Exception {
        try (WrittenDraft draft = WrittenDraft.read(docx)) {
            assertThat(draft.chartParts()).containsExactlyInAnyOrder("/word/charts/chart1.xml",
                    "/word/charts/chart2.xml");
            assertThat(draft.paragraphs()).contains("图1　2024年政府信息公开申请办理结果（件）",
                    "图2　近年收到申请和行政复议、行政诉讼数量（件）");
            assertThat(draft.document().getCharts().get(0).getChartSeries().get(0).getSeries(0).getValuesData()
                    .getPointAt(0)).isEqualTo(68.0);
        }
    }

    /** Every number of the sentences, changes on last year aside, is a table value or a named sum of table values. */
    @Test
    void numbersInTheSentencesComeFromTheTables() throws Exception {
        try (WrittenDraft draft = WrittenDraft.read(docx)) {
            Set<String> fromTables = tableNumbers(draft);
            List<String> numbers = new ArrayList<>();
            for (String paragraph : figureParagraphs(draft)) {
                String stated = paragraph.replaceAll("（较上年[^）]*）|，较上年[^（]*（[^）]*）|（与上年持平）", "")
                        .replaceAll("[0-9]{4}年", "");
                Matcher number = Pattern.compile("[0-9]+(\\.[0-9]+)?").matcher(stated);
                while (number.find()) {
                    numbers.add(number.group());
                }
            }
            assertThat(numbers).hasSize(39).allSatisfy(n -> assertThat(fromTables).contains(n));
        }
    }

    private static Set<String> tableNumbers(WrittenDraft draft) {
        Map<String, String> values = new LinkedHashMap<>();
        List<OfficialTableLayout> layouts = OfficialTableChecks.layouts(ReportFixtures.V2021);
        for (int i = 0; i < layouts.size(); i++) {
            values.putAll(WrittenDraft.values(draft.tables().get(i), layouts.get(i)));
        }
        Set<String> numbers = new HashSet<>(values.values());
        Figures figures = ReportDomain.fromClasspath().figures(ReportFixtures.V2021);
        for (String name : List.of("法人或其他组织申请", "不予公开", "无法提供", "不予处理", "其他处理", "行政诉讼",
                "行政诉讼结果纠正")) {
            Figure figure = figures.get(name);
            BigDecimal sum = figure.codes().stream().map(code -> new BigDecimal(values.get(code)))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            numbers.add(sum.toPlainString());
        }
        return numbers;
    }

    /** The paragraphs that state figures: all but the title, the draft's note, the opening and the appendix. */
    private static List<String> figureParagraphs(WrittenDraft draft) {
        List<String> paragraphs = draft.paragraphs();
        int appendix = paragraphs.indexOf("附录　发布前请核对的数字");
        return paragraphs.subList(2, appendix).stream()
                .filter(text -> !text.contains("统计期限") && !text.startsWith("图")).toList();
    }
}
