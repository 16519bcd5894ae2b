package org.disclosurerollup.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.disclosurerollup.audit.ProblemRepository;
import org.disclosurerollup.catalog.Catalog;
import org.disclosurerollup.export.YearOutputWriter;
import org.disclosurerollup.intake.InputChangedException;
import org.disclosurerollup.intake.InputFile;
import org.disclosurerollup.intake.InputFileRepository;
import org.disclosurerollup.intake.InputFingerprint;
import org.disclosurerollup.intake.InputScanner;
import org.disclosurerollup.intake.RegisterSubmissionsTasklet;
import org.disclosurerollup.intake.RunRepository;
import org.disclosurerollup.intake.RunUnitRepository;
import org.disclosurerollup.intake.YearRun;
import org.disclosurerollup.lastyear.CompareWithLastYearTasklet;
import org.disclosurerollup.submission.SubmissionRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.MetaDataInstanceFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two years of one district in one data folder: the second year's run is checked against the first year's accepted
 * data (上年结转 against 结转下年度, a submission identical to last year's) and compared with it in the 同比 sheet.
 * Each test has a district of its own, so that the runs of other tests are never its last year.
 */
class CrossYearFunctionalTests extends JobTestSupport {

    @Autowired
    YearRunFactory runs;

    @Autowired
    Catalog catalog;

    @Autowired
    DataSource dataSource;

    @Autowired
    RunRepository runRepository;

    @Autowired
    InputFileRepository inputFiles;

    @Autowired
    RunUnitRepository runUnits;

    @Autowired
    SubmissionRepository submissions;

    @Autowired
    ProblemRepository problems;

    Fixtures input;
    Path output;

    @BeforeEach
    void folders() {
        input = new Fixtures(work.resolve("input"));
        output = work.resolve("output");
    }

    /** 2023 and 2024 (V2021): 四坝镇 carried over 2 but says 3 came in; 清源镇 carried over 2 and says 2. */
    private void carryOverYears() {
        input.utf8("2023/四坝镇_2023.csv", "单位,指标代码,数值", "四坝镇,A01@NP,5", "四坝镇,A01@TT,5",
                        "四坝镇,A03_1@NP,3", "四坝镇,A03_1@TT,3", "四坝镇,A03_7@NP,3", "四坝镇,A03_7@TT,3",
                        "四坝镇,A04@NP,2", "四坝镇,A04@TT,2", "四坝镇,P02@M,4", "四坝镇,P06@AMT,0.125")
                .utf8("2023/清源镇_2023.csv", "单位,指标代码,数值", "清源镇,A01@CE,4", "清源镇,A01@TT,4",
                        "清源镇,A03_1@CE,2", "清源镇,A03_1@TT,2", "清源镇,A03_7@CE,2", "清源镇,A03_7@TT,2",
                        "清源镇,A04@CE,2", "清源镇,A04@TT,2")
                .utf8("2024/四坝镇_2024.csv", "单位,指标代码,数值", "四坝镇,A02@NP,3", "四坝镇,A02@TT,3",
                        "四坝镇,A01@NP,1", "四坝镇,A01@TT,1", "四坝镇,A03_1@NP,4", "四坝镇,A03_1@TT,4",
                        "四坝镇,A03_7@NP,4", "四坝镇,A03_7@TT,4", "四坝镇,P02@M,5", "四坝镇,P06@AMT,0.1")
                .utf8("2024/清源镇_2024.csv", "单位,指标代码,数值", "清源镇,A02@CE,2", "清源镇,A02@TT,2",
                        "清源镇,A03_1@CE,2", "清源镇,A03_1@TT,2", "清源镇,A03_7@CE,2", "清源镇,A03_7@TT,2");
    }

    @Test
    void aCarryOverThatDiffersFromLastYearsIsAWarningWithTheNumbers() throws Exception {
        carryOverYears();
        assertThat(run("结转区", 2023).completed()).isTrue();

        RunOutcome outcome = run("结转区", 2024);

        assertThat(outcome.completed()).isTrue();
        assertThat(Fixtures.warningsListed(workbook("结转区", 2024))).containsExactly(
                "警告|四坝镇_2024.csv|||四坝镇|A02@NP||carry-over|四坝镇 · 表三 上年结转政府信息公开申请数量（自然人）为 3，"
                        + "但2023年结转下年度继续办理为 2，本年多 1：请核对本年的上年结转数和上年的报表",
                "警告|四坝镇_2024.csv|||四坝镇|A02@TT||carry-over|四坝镇 · 表三 上年结转政府信息公开申请数量（总计）为 3，"
                        + "但2023年结转下年度继续办理为 2，本年多 1：请核对本年的上年结转数和上年的报表");
        assertThat(outcome.counts().submissionsAccepted()).isEqualTo(2);
        assertThat(Fixtures.lines(output.resolve("2024/rejected-rows.csv")))
                .containsExactly("file,sheet,row,unit,code,value,reason,message");
        assertThat(runFacts("结转区", 2024)).contains("跨年度核对|已与2023年的汇总（运行编号 " + lastYearRun("结转区", 2023)
                + "）核对上年结转、比较全区数，见“同比”工作表");
    }

    @Test
    void theSameTemplateComparesEveryCellOfTheWholeDistrict() throws Exception {
        carryOverYears();
        run("同比区", 2023);
        run("同比区", 2024);

        List<String> lines = sheet(workbook("同比区", 2024), "同比");

        assertThat(lines.get(0)).isEqualTo("同比区 2024年全区数与2023年的比较（2023年的汇总：运行编号 "
                + lastYearRun("同比区", 2023) + "，完成于 " + completedAt("同比区", 2023) + "）");
        assertThat(lines.get(1)).isEqualTo("本年（2024年）的数不含未报送或被退回的 5 个单位：未报送的凉州区人民政府、区教育局、"
                + "区民政局、黄羊镇、和平镇（见“报送情况”）；上年（2023年）的数不含未报送或被退回的 5 个单位：未报送的凉州区人民政府、"
                + "区教育局、区民政局、黄羊镇、和平镇。增减可能来自缺少的单位，而不是工作本身的变化");
        assertThat(lines.get(2)).isEqualTo("表|指标（行）|栏目（列）|代码|本年|上年|增减|增减幅度|说明");
        assertThat(lines).hasSize(3 + 200).contains(
                "表二|第二十条第（一）项/行政规范性文件|本年制发件数|P02@M|5|4|+1|+25.0%",
                "表二|第二十条第（八）项/行政事业性收费|本年收费金额（单位：万元）|P06@AMT|0.10|0.13|-0.03|-23.1%",
                "表三|一、本年新收政府信息公开申请数量|总计|A01@TT|1|9|-8|-88.9%",
                "表三|二、上年结转政府信息公开申请数量|总计|A02@TT|5|0|+5",
                "表四|行政复议|总计|R1@TOT|0|0|0");
        assertThat(sheetNames(workbook("同比区", 2024))).containsSubsequence("全区", "区本级", "同比", "分类汇总");
        try (XSSFWorkbook book = new XSSFWorkbook(workbook("同比区", 2024).toFile())) {
            Row p02 = book.getSheet("同比").getRow(lines.indexOf(
                    "表二|第二十条第（一）项/行政规范性文件|本年制发件数|P02@M|5|4|+1|+25.0%"));
            assertThat(List.of(4, 5, 6, 7)).extracting(column -> p02.getCell(column).getNumericCellValue())
                    .containsExactly(5.0, 4.0, 1.0, 0.25);
        }
    }

    @Test
    void aSubmissionIdenticalToLastYearsWithValuesIsAWarningButOneOfZerosIsNot() throws Exception {
        input.utf8("2023/黄羊镇_2023.csv", "单位,指标代码,数值", "黄羊镇,P02@M,2", "黄羊镇,P03@N,—")
                .utf8("2023/和平镇_2023.csv", "单位,指标代码,数值", "和平镇,P02@M,0")
                .utf8("2023/清源镇_2023.csv", "单位,指标代码,数值", "清源镇,P02@M,2", "清源镇,P03@N,—")
                .utf8("2024/黄羊镇_2024.csv", "单位,指标代码,数值", "黄羊镇,P02@M,2", "黄羊镇,P03@N,—")
                .utf8("2024/和平镇_2024.csv", "单位,指标代码,数值", "和平镇,P02@M,0")
                .utf8("2024/清源镇_2024.csv", "单位,指标代码,数值", "清源镇,P02@M,2", "清源镇,P03@N,0");
        run("重报区", 2023);

        run("重报区", 2024);

        assertThat(Fixtures.warningsListed(workbook("重报区", 2024))).containsExactly(
                "警告|黄羊镇_2024.csv|||黄羊镇|||same-as-last-year|黄羊镇 · 与上年（2023年）报送的数据完全相同，"
                        + "请确认不是误报了上年的报表");
    }

    @Test
    void fromV2019ToV2021OnlyTheCellsWithTheSameLabelsAreCompared() throws Exception {
        input.utf8("2020/四坝镇_2020.csv", "单位,指标代码,数值", "四坝镇,P03@N,7", "四坝镇,A01@NP,2", "四坝镇,A01@TT,2",
                        "四坝镇,A04@NP,2", "四坝镇,A04@TT,2")
                .utf8("2021/四坝镇_2021.csv", "单位,指标代码,数值", "四坝镇,P03@N,9", "四坝镇,A02@NP,2", "四坝镇,A02@TT,2",
                        "四坝镇,A04@NP,2", "四坝镇,A04@TT,2");
        run("换版区", 2020);

        run("换版区", 2021);

        List<String> lines = sheet(workbook("换版区", 2021), "同比");
        assertThat(lines.get(1)).isEqualTo("上年用V2019格式，本年用V2021格式：只比较两种格式中代码和行列名称都相同的指标");
        assertThat(lines.get(2)).startsWith("本年（2021年）的数不含未报送或被退回的 6 个单位：");
        assertThat(lines).hasSize(4 + 169).noneMatch(line -> line.contains("P03@N") || line.contains("口径近似"))
                .contains("表三|二、上年结转政府信息公开申请数量|自然人|A02@NP|2|0|+2",
                        "表三|四、结转下年度继续办理|总计|A04@TT|2|2|0|0.0%");
        assertThat(Fixtures.warningsListed(workbook("换版区", 2021))).isEmpty();
    }

    @Test
    void fromV2014ToV2019OnlyTheCrosswalkLinesAreComparedAndLabelledApproximate() throws Exception {
        input.utf8("2018/四坝镇_2018.csv", "单位,指标代码,数值", "四坝镇,L03_1,6", "四坝镇,L03_1_3,6", "四坝镇,L04,2",
                        "四坝镇,L04_1,2", "四坝镇,L05,1", "四坝镇,L05_1,1", "四坝镇,L01_1b,3")
                .utf8("2019/四坝镇_2019.csv", "单位,指标代码,数值", "四坝镇,A01@NP,4", "四坝镇,A01@TT,4",
                        "四坝镇,A03_1@NP,4", "四坝镇,A03_1@TT,4", "四坝镇,A03_7@NP,4", "四坝镇,A03_7@TT,4",
                        "四坝镇,R1@KEEP,1", "四坝镇,R1@TOT,1", "四坝镇,R2@KEEP,1", "四坝镇,R2@TOT,1",
                        "四坝镇,P02@NEWMADE,5");
        run("旧表区", 2018);

        run("旧表区", 2019);

        List<String> lines = sheet(workbook("旧表区", 2019), "同比");
        assertThat(lines.get(1)).isEqualTo("上年用V2014格式，本年用V2019格式：只比较两种格式中代码和行列名称都相同的指标，"
                + "以及口径相近的指标（标有“口径近似，仅供参考”，不能直接相比）");
        assertThat(lines.get(2)).startsWith("本年（2019年）的数不含未报送或被退回的 6 个单位：");
        assertThat(lines.subList(4, lines.size())).hasSize(12).allMatch(line -> line.contains("|口径近似，仅供参考"))
                .startsWith("表三|收到申请数 ≈ 本年新收政府信息公开申请数量（总计）|总计|A01@TT（上年 L03_1）|4|6|-2|-33.3%|"
                        + "口径近似，仅供参考：旧表没有上年结转，也不分申请人",
                        "表三|同意公开答复数 ≈ 予以公开（总计）|总计|A03_1@TT（上年 L03_3_2）|4|0|+4||口径近似，仅供参考")
                .endsWith("表四|行政复议数量 ≈ 行政复议总计|总计|R1@TOT（上年 L04）|1|2|-1|-50.0%|口径近似，仅供参考",
                        "表四|维持具体行政行为数 ≈ 行政复议结果维持|结果维持|R1@KEEP（上年 L04_1）|1|2|-1|-50.0%|口径近似，仅供参考",
                        "表四|被依法纠错数 ≈ 行政复议结果纠正|结果纠正|R1@CORR（上年 L04_2）|0|0|0||口径近似，仅供参考",
                        "表四|其他情形数 ≈ 行政复议其他结果＋尚未审结||R1@OTH+R1@PEND（上年 L04_3）|0|0|0||口径近似，仅供参考",
                        "表四|行政诉讼数量 ≈ 行政诉讼总计（未经复议直接起诉＋复议后起诉）|总计|R2@TOT+R3@TOT（上年 L05）|1|1|0|0.0%|"
                                + "口径近似，仅供参考",
                        "表二|制发规范性文件总数 ≈ 规范性文件本年新制作数量|本年新制作数量|P02@NEWMADE（上年 L01_1b）|5|3|+2|"
                                + "+66.7%|口径近似，仅供参考");
        assertThat(Fixtures.warningsListed(workbook("旧表区", 2019))).isEmpty();
    }

    @Test
    void withoutACompletedRunOfLastYearThereIsNoComparisonAndTheRunFactsSaySo() throws Exception {
        input.utf8("2024/四坝镇_2024.csv", "单位,指标代码,数值", "四坝镇,A02@NP,3", "四坝镇,A02@TT,3",
                "四坝镇,A04@NP,3", "四坝镇,A04@TT,3");

        run("首年区", 2024);

        assertThat(sheetNames(workbook("首年区", 2024))).doesNotContain("同比");
        assertThat(runFacts("首年区", 2024)).containsOnlyOnce("跨年度核对|数据库中没有上年（2023年）已完成的汇总，未做跨年度核对")
                .filteredOn(line -> line.contains("跨年度")).hasSize(1);
        assertThat(Fixtures.warningsListed(workbook("首年区", 2024))).isEmpty();
    }

    @Test
    void aRunCompletedBeforeCompletionTimesWereKeptIsStillLastYearsData() throws Exception {
        carryOverYears();
        run("升级区", 2023);
        jdbc.sql("UPDATE rollup_run SET completed_at = NULL WHERE district = ?").param("升级区").update();

        run("升级区", 2024);

        assertThat(sheetNames(workbook("升级区", 2024))).contains("同比");
        assertThat(Fixtures.warningsListed(workbook("升级区", 2024))).hasSize(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rollup_run WHERE district = ? AND report_year = 2023"
                        + " AND completed_at IS NULL").param("升级区").query(Long.class).single())
                .as("found from the job execution's end time, not written back").isEqualTo(1);
    }

    @Test
    void runningLastYearAfterThisYearMakesThisYearsNextRunANewRunComparedWithIt() throws Exception {
        carryOverYears();
        RunOutcome first = run("补跑区", 2024);
        RunOutcome lastYear = run("补跑区", 2023);

        RunOutcome again = run("补跑区", 2024);

        assertThat(again.completed()).isTrue();
        assertThat(again.unchanged()).isFalse();
        assertThat(again.runId()).isEqualTo(lastYear.runId() + 1).isEqualTo(first.runId() + 2);
        assertThat(sheet(workbook("补跑区", 2024), "同比").get(0)).isEqualTo("补跑区 2024年全区数与2023年的比较"
                + "（2023年的汇总：运行编号 " + lastYear.runId() + "，完成于 " + completedAt(lastYear.runId()) + "）");
        assertThat(runFacts("补跑区", 2024)).contains("跨年度核对|已与2023年的汇总（运行编号 " + lastYear.runId()
                + "）核对上年结转、比较全区数，见“同比”工作表");
        assertThat(Fixtures.warningsListed(workbook("补跑区", 2024))).hasSize(2)
                .allMatch(line -> line.startsWith("警告|四坝镇_2024.csv|||四坝镇|A02@") && line.contains("|carry-over|"));
        RunOutcome unchanged = run("补跑区", 2024);
        assertThat(unchanged.unchanged()).isTrue();
        assertThat(unchanged.runId()).isEqualTo(again.runId());
    }

    @Test
    void aCorrectionOfLastYearMakesThisYearANewRunComparedWithTheCorrectedRun() throws Exception {
        carryOverYears();
        RunOutcome lastYear = run("更正区", 2023);
        RunOutcome thisYear = run("更正区", 2024);
        assertThat(Fixtures.warningsListed(workbook("更正区", 2024))).hasSize(2);
        input.utf8("2023/四坝镇_2023.csv", "单位,指标代码,数值", "四坝镇,A01@NP,6", "四坝镇,A01@TT,6",
                "四坝镇,A03_1@NP,3", "四坝镇,A03_1@TT,3", "四坝镇,A03_7@NP,3", "四坝镇,A03_7@TT,3",
                "四坝镇,A04@NP,3", "四坝镇,A04@TT,3", "四坝镇,P02@M,4", "四坝镇,P06@AMT,0.125");

        RunOutcome corrected = run("更正区", 2023);
        RunOutcome rerun = run("更正区", 2024);

        assertThat(corrected.unchanged()).isFalse();
        assertThat(corrected.runId()).isEqualTo(thisYear.runId() + 1).isEqualTo(lastYear.runId() + 2);
        assertThat(rerun.unchanged()).isFalse();
        assertThat(rerun.runId()).isEqualTo(corrected.runId() + 1);
        List<String> yearOnYear = sheet(workbook("更正区", 2024), "同比");
        assertThat(yearOnYear.get(0)).isEqualTo("更正区 2024年全区数与2023年的比较（2023年的汇总：运行编号 "
                + corrected.runId() + "，完成于 " + completedAt(corrected.runId()) + "）");
        assertThat(yearOnYear).contains("表三|一、本年新收政府信息公开申请数量|总计|A01@TT|1|10|-9|-90.0%");
        assertThat(Fixtures.warningsListed(workbook("更正区", 2024))).isEmpty();
        assertThat(run("更正区", 2024).runId()).isEqualTo(rerun.runId());
    }

    @Test
    void aRunOfLastYearCompletingWhileThisYearStartsFailsThisYearsRunBeforeItRegistersAFile() throws Exception {
        carryOverYears();
        long lastYear = run("赛跑区", 2023).runId();
        YearRun run = runs.prepare(2024, input.input(), output, input.input().resolve("units.csv"), "赛跑区");
        List<InputFile> files = new InputScanner().scan(run.yearFolder());
        YearRun named = runs.withFingerprint(run, InputFingerprint.of(files, run.register().sha256(),
                run.fingerprintSettings()));
        RegisterSubmissionsTasklet tasklet = new RegisterSubmissionsTasklet(named, runRepository, inputFiles, runUnits,
                problems, () -> OptionalLong.of(lastYear));
        JobExecution job = MetaDataInstanceFactory.createJobExecution(YearEndJobConfiguration.JOB_NAME, 999_999L, 1L);
        StepExecution step = MetaDataInstanceFactory.createStepExecution(job, "registerSubmissions", 1L);

        assertThatThrownBy(() -> tasklet.execute(new StepContribution(step), new ChunkContext(new StepContext(step))))
                .isInstanceOf(InputChangedException.class).hasMessage("运行期间2023年的汇总又有一次运行完成，"
                        + "本次运行要核对的上年数据已变：请重新运行同一命令，与2023年最新完成的汇总核对");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM input_file WHERE run_id = 999999").query(Long.class).single())
                .isZero();
    }

    @Test
    void comparingAgainWritesTheSameWarningsOnce() throws Exception {
        carryOverYears();
        run("重跑区", 2023);
        RunOutcome outcome = run("重跑区", 2024);
        List<String> written = crossYearProblems(outcome.runId());

        compareAgain(outcome.runId(), "重跑区");
        compareAgain(outcome.runId(), "重跑区");

        assertThat(written).hasSize(2);
        assertThat(crossYearProblems(outcome.runId())).isEqualTo(written);
    }

    private void compareAgain(long runId, String district) throws Exception {
        YearRun run = runs.prepare(2024, input.input(), output, input.input().resolve("units.csv"), district)
                .comparedWith(OptionalLong.of(lastYearRun(district, 2023)));
        CompareWithLastYearTasklet tasklet = new CompareWithLastYearTasklet(run, catalog, runRepository, submissions,
                problems);
        JobExecution job = MetaDataInstanceFactory.createJobExecution(YearEndJobConfiguration.JOB_NAME, runId, 1L);
        StepExecution step = MetaDataInstanceFactory.createStepExecution(job, "compareWithLastYear", 1L);
        tasklet.execute(new StepContribution(step), new ChunkContext(new StepContext(step)));
    }

    private List<String> crossYearProblems(long runId) {
        return jdbc.sql("""
                        SELECT file_id || '|' || unit_code || '|' || seq || '|' || severity || '|' || reason || '|' || message
                        FROM problem WHERE run_id = ? AND reason IN ('carry-over', 'same-as-last-year')
                        ORDER BY file_id, unit_code, seq""")
                .param(runId).query(String.class).list();
    }

    private RunOutcome run(String district, int year) throws Exception {
        return runner.run(new YearEndRunner.Request(year, input.input(), output, input.input().resolve("units.csv"),
                district));
    }

    private long lastYearRun(String district, int year) {
        return jdbc.sql("SELECT run_id FROM rollup_run WHERE district = ? AND report_year = ?").params(district, year)
                .query(Long.class).single();
    }

    /** As the sheet writes times: seconds always shown (LocalDateTime.toString drops ":00"). */
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private String completedAt(String district, int year) {
        return jdbc.sql("SELECT completed_at FROM rollup_run WHERE district = ? AND report_year = ?")
                .params(district, year).query(Timestamp.class).single().toLocalDateTime().format(SECONDS);
    }

    private String completedAt(long runId) {
        return jdbc.sql("SELECT completed_at FROM rollup_run WHERE run_id = ?").param(runId).query(Timestamp.class)
                .single().toLocalDateTime().format(SECONDS);
    }

    private Path workbook(String district, int year) {
        return output.resolve(Integer.toString(year)).resolve(YearOutputWriter.workbookName(district, year));
    }

    private List<String> runFacts(String district, int year) throws Exception {
        return sheet(workbook(district, year), "运行信息");
    }

    private static List<String> sheetNames(Path workbook) throws IOException, InvalidFormatException {
        try (XSSFWorkbook book = new XSSFWorkbook(workbook.toFile())) {
            List<String> names = new ArrayList<>();
            book.forEach(sheet -> names.add(sheet.getSheetName()));
            return names;
        }
    }

    /** The sheet's rows as shown, cells joined by {@code |}, trailing empty cells dropped. */
    private static List<String> sheet(Path workbook, String name) throws IOException, InvalidFormatException {
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook book = new XSSFWorkbook(workbook.toFile())) {
            Sheet sheet = book.getSheet(name);
            List<String> lines = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int column = 0; column < row.getLastCellNum(); column++) {
                    cells.add(formatter.formatCellValue(row.getCell(column)));
                }
                while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                    cells.remove(cells.size() - 1);
                }
                lines.add(String.join("|", cells));
            }
            return lines;
        }
    }
}
