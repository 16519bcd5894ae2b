package org.disclosurerollup.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.disclosurerollup.catalog.Catalog;
import org.disclosurerollup.export.FillInTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every run writes {@code 退回通知/<unit>_<year>_退回通知.xlsx} for each unit with something to fix, and only for those:
 * what was received from it, then its problems, errors first. On a database of its own: a completed run of 2023 in a
 * shared one would add the comparisons with last year to the warnings.
 */
@SpringBootTest
class ReturnNoticeTests {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Path DATA = TestFolders.newTempFolder("rollup-notice-tests");

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        registry.add("rollup.data-dir", DATA::toString);
    }

    @Autowired
    YearEndRunner runner;

    @TempDir
    Path work;

    @TempDir
    Path output;

    private RunOutcome run(int year, Path input, Path output) throws Exception {
        return runner.run(new YearEndRunner.Request(year, input, output, input.resolve("units.csv"), "凉州区"));
    }

    @Test
    void theDemoYearWritesANoticeForEachUnitWithSomethingToFix() throws Exception {
        Path input = Path.of("input");
        RunOutcome outcome = run(2024, input, output);

        assertThat(notices(output.resolve("2024"))).containsExactly("下双镇_2024_退回通知.xlsx", "中坝镇_2024_退回通知.xlsx",
                "丰乐镇_2024_退回通知.xlsx", "区卫生健康局_2024_退回通知.xlsx", "古城镇_2024_退回通知.xlsx",
                "和平镇_2024_退回通知.xlsx", "张义镇_2024_退回通知.xlsx", "永丰镇_2024_退回通知.xlsx",
                "洪祥镇_2024_退回通知.xlsx", "清水镇_2024_退回通知.xlsx", "羊下坝镇_2024_退回通知.xlsx",
                "西营镇_2024_退回通知.xlsx", "谢河镇_2024_退回通知.xlsx", "金羊镇_2024_退回通知.xlsx");
        List<String> rejectedRows = Fixtures.noticeLines(output.resolve("2024/退回通知/中坝镇_2024_退回通知.xlsx"));
        assertThat(rejectedRows.get(1)).matches("凉州区 · 汇总运行 #" + outcome.runId()
                + " · \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d · 报表格式 V2021");
        assertThat(rejectedRows).containsExactly(
                "中坝镇 2024年度政府信息公开统计表 退回通知",
                rejectedRows.get(1),
                "",
                "请按下面的“问题清单”逐条更正：“错误”必须更正，否则该行（或整份报表）不计入汇总；“警告”请核对，确认无误的可以不改。",
                "更正后，请把完整的报表文件（不只是改动的行）按原方式重新报送凉州区，文件名写为“中坝镇_2024_更正.csv”："
                        + "新报送的文件会替代本次收到的文件。",
                "",
                "一、收到的报表",
                "序号|状态|文件|收到于运行|文件修改时间|SHA-256（前12位）|读取/采用/退回行数|说明",
                "1|已采用|中坝镇_2024.csv|#" + outcome.runId() + "|" + received(input.resolve("2024/中坝镇_2024.csv"))
                        + "|200 / 198 / 2|计入汇总；退回的行未计入，请按问题清单更正",
                "",
                "二、问题清单（错误在前，警告在后）",
                "序号|级别|文件|工作表|行号|代码|填写内容|问题及更正方法",
                "1|错误|中坝镇_2024.csv||9|P04@N|十二|“十二”不是数字：请只填写阿拉伯数字（可带单位“件”），没有数据请填0",
                "2|错误|中坝镇_2024.csv||10|P05@N|-3|“-3”为负数：该指标不能为负，请核对后填写",
                "",
                "共 2 条：错误 2 条，警告 0 条。");
        assertThat(Fixtures.noticeLines(output.resolve("2024/退回通知/西营镇_2024_退回通知.xlsx")).subList(6, 15)).containsExactly(
                "一、收到的报表",
                "序号|状态|文件|收到于运行|文件修改时间|SHA-256（前12位）|读取/采用/退回行数|说明",
                "1|被退回|西营镇_2024.csv|#" + outcome.runId() + "|" + received(input.resolve("2024/西营镇_2024.csv"))
                        + "|200 / 0 / 200|整份报表未计入汇总：请按问题清单更正后重新报送",
                "",
                "二、问题清单（错误在前，警告在后）",
                "序号|级别|文件|工作表|行号|代码|填写内容|问题及更正方法",
                "1|错误|西营镇_2024.csv|||R-SUM-R1||西营镇 · 表四R1：总计应等于结果维持、结果纠正、其他结果、尚未审结之和："
                        + "R1@TOT(4)，R1@KEEP(2)+R1@CORR(1)+R1@OTH(0)+R1@PEND(0)=3，差额1",
                "",
                "共 1 条：错误 1 条，警告 0 条。");
    }

    @Test
    void aReplacedVersionTheOfficesOwnChoicesAndRowsOfNoKnownUnitNeedNoNotice() throws Exception {
        Fixtures input = new Fixtures(work.resolve("input"))
                .utf8("2024/四坝镇_2024.csv", "指标代码,数值", "P02@M,2", "P03@N,abc")
                .utf8("2024/四坝镇_2024_更正.csv", "指标代码,数值", "P02@M,2", "P03@N,1", "P06@AMT,3500元")
                .utf8("2024/区直部门_2024.csv", "单位,指标代码,数值", "区教育局,P02@M,1", "区教育局,P03@N,-1",
                        "某某局,P02@M,abc", "区民政局,P02@M,1")
                .utf8("2024/无名_2024.csv", "单位,指标代码,数值", "某某村,P02@M,1")
                .utf8("2024/清源镇_2024.csv", "指标代码,数值", "P02@M,2")
                .utf8("2024/清源镇_2024_b.csv", "指标代码,数值", "P02@M,3");
        age(input, "2024/四坝镇_2024.csv", "2025-01-10T09:00:00Z");
        age(input, "2024/四坝镇_2024_更正.csv", "2025-01-20T09:00:00Z");
        age(input, "2024/清源镇_2024.csv", "2025-01-15T09:00:00Z");
        age(input, "2024/清源镇_2024_b.csv", "2025-01-15T09:00:00Z");

        RunOutcome outcome = run(2024, input.input(), output);

        assertThat(notices(output.resolve("2024"))).containsExactly("区教育局_2024_退回通知.xlsx", "四坝镇_2024_退回通知.xlsx");
        List<String> siBa = Fixtures.noticeLines(output.resolve("2024/退回通知/四坝镇_2024_退回通知.xlsx"));
        assertThat(siBa.get(0)).isEqualTo("四坝镇 2024年度政府信息公开统计表 核对通知");
        assertThat(siBa.subList(3, siBa.size())).containsExactly(
                "报表已采用，全部计入汇总，没有退回。只请核对下面“问题清单”中的警告：确认无误的不必重报。",
                "如需更正，请把完整的报表文件（不只是改动的行）按原方式重新报送凉州区，文件名写为“四坝镇_2024_更正.csv”："
                        + "新报送的文件会替代本次收到的文件。",
                "",
                "一、收到的报表",
                "序号|状态|文件|收到于运行|文件修改时间|SHA-256（前12位）|读取/采用/退回行数|说明",
                "1|已采用|四坝镇_2024_更正.csv|#" + outcome.runId() + "|" + received(input.input().resolve(
                        "2024/四坝镇_2024_更正.csv")) + "|3 / 3 / 0|计入汇总",
                "2|已被替代|四坝镇_2024.csv|#" + outcome.runId() + "|" + received(input.input().resolve(
                        "2024/四坝镇_2024.csv")) + "|2 / 1 / 1|已被较新的 四坝镇_2024_更正.csv 替代，不计入汇总，无需更正",
                "",
                "二、问题清单（错误在前，警告在后）",
                "序号|级别|文件|工作表|行号|代码|填写内容|问题及更正方法",
                "1|警告|四坝镇_2024_更正.csv||4|P06@AMT|3500元|“3500元”按元填写，已换算为0.35万元",
                "",
                "共 1 条：错误 0 条，警告 1 条。");
        assertThat(Fixtures.noticeLines(output.resolve("2024/退回通知/区教育局_2024_退回通知.xlsx"))).contains(
                "1|错误|区直部门_2024.csv||3|P03@N|-1|“-1”为负数：该指标不能为负，请核对后填写",
                "共 1 条：错误 1 条，警告 0 条。");
    }

    @Test
    void aBlankTemplateSentBackIsARejectedFileNotASubmissionOfZerosAndItsNoticeSaysSo() throws Exception {
        Fixtures input = new Fixtures(work.resolve("input")).utf8("2024/清源镇_2024.csv", "指标代码,数值", "P02@M,2");
        Path blank = input.input().resolve("2024/" + FillInTemplate.fileName("四坝镇", 2024));
        FillInTemplate.write(new FillInTemplate.Request(Catalog.fromClasspath().template("V2021").orElseThrow(), "四坝镇",
                "township", 2024), blank);

        RunOutcome outcome = run(2024, input.input(), output);

        String message = "“四坝镇_2024.xlsx”是空白的报表模板，一个数字也没有填写：请在表中填写本单位的各项数字（没有发生的填0），"
                + "再重新报送";
        assertThat(outcome.counts().rowsRead()).isEqualTo(201);
        assertThat(outcome.counts().rowsAccepted()).isEqualTo(1);
        assertThat(Fixtures.lines(output.resolve("2024/rejected-rows.csv"))).containsExactly(
                "file,sheet,row,unit,code,value,reason,message",
                "四坝镇_2024.xlsx,,,四坝镇,,,unreadable-file," + message);
        assertThat(Fixtures.lines(output.resolve("2024/submissions.csv"))).filteredOn(line -> line.startsWith("T1,"))
                .singleElement().satisfies(line -> assertThat(line).startsWith("T1,四坝镇,township,rejected,四坝镇_2024.xlsx,")
                        .endsWith(",0,200"));
        assertThat(notices(output.resolve("2024"))).containsExactly("四坝镇_2024_退回通知.xlsx");
        List<String> siBa = Fixtures.noticeLines(output.resolve("2024/退回通知/四坝镇_2024_退回通知.xlsx"));
        assertThat(siBa.subList(6, siBa.size())).containsExactly(
                "一、收到的报表",
                "序号|状态|文件|收到于运行|文件修改时间|SHA-256（前12位）|读取/采用/退回行数|说明",
                "1|被退回|四坝镇_2024.xlsx|#" + outcome.runId() + "|" + received(blank)
                        + "|200 / 0 / 200|整份报表未计入汇总：请按问题清单更正后重新报送",
                "",
                "二、问题清单（错误在前，警告在后）",
                "序号|级别|文件|工作表|行号|代码|填写内容|问题及更正方法",
                "1|错误|四坝镇_2024.xlsx|||||" + message,
                "",
                "共 1 条：错误 1 条，警告 0 条。");
    }

    @Test
    void lastYearsTableUnderThisYearsNameIsOneLineToTheOfficeAndTheNoticeAsksForThisYearsTable() throws Exception {
        Fixtures input = new Fixtures(work.resolve("input")).utf8("2024/四坝镇_2024.csv", "单位,年度,指标代码,数值",
                "四坝镇,2023,P02@M,1", "四坝镇,2023,P03@N,2", "四坝镇,2023,P04@N,3", "四坝镇,2023,P06@AMT,3500元");

        RunOutcome outcome = run(2024, input.input(), output);

        String message = "四坝镇报来的是2023年度的报表（全部4行的年度都是2023年），不是2024年度的：请报送2024年度的报表";
        assertThat(outcome.counts().rowsRead()).isEqualTo(4);
        assertThat(outcome.counts().rowsAccepted()).isZero();
        assertThat(Fixtures.lines(output.resolve("2024/rejected-rows.csv"))).containsExactly(
                "file,sheet,row,unit,code,value,reason,message",
                "四坝镇_2024.csv,,,四坝镇,,,year-mismatch," + message);
        List<String> siBa = Fixtures.noticeLines(output.resolve("2024/退回通知/四坝镇_2024_退回通知.xlsx"));
        assertThat(siBa.subList(8, siBa.size())).containsExactly(
                "1|被退回|四坝镇_2024.csv|#" + outcome.runId() + "|" + received(input.input().resolve("2024/四坝镇_2024.csv"))
                        + "|4 / 0 / 4|整份报表未计入汇总：请按问题清单更正后重新报送",
                "",
                "二、问题清单（错误在前，警告在后）",
                "序号|级别|文件|工作表|行号|代码|填写内容|问题及更正方法",
                "1|错误|四坝镇_2024.csv|||||" + message,
                "",
                "共 1 条：错误 1 条，警告 0 条。");
    }

    @Test
    void lastYearsTableSettledByThisYearsSentAfterItAsksTheUnitToCheckNotToResend() throws Exception {
        Fixtures input = new Fixtures(work.resolve("input"))
                .utf8("2024/四坝镇_2024.csv", "单位,年度,指标代码,数值", "四坝镇,2023,P02@M,1", "四坝镇,2023,P03@N,2")
                .utf8("2024/四坝镇_2024_更正.csv", "指标代码,数值", "P02@M,5");
        age(input, "2024/四坝镇_2024.csv", "2025-01-10T09:00:00Z");
        age(input, "2024/四坝镇_2024_更正.csv", "2025-01-20T09:00:00Z");

        RunOutcome outcome = run(2024, input.input(), output);

        List<String> siBa = Fixtures.noticeLines(output.resolve("2024/退回通知/四坝镇_2024_退回通知.xlsx"));
        assertThat(siBa).first().isEqualTo("四坝镇 2024年度政府信息公开统计表 核对通知");
        int received = siBa.indexOf("一、收到的报表") + 2;
        assertThat(siBa.subList(received, received + 2)).containsExactly(
                "1|已采用|四坝镇_2024_更正.csv|#" + outcome.runId() + "|"
                        + received(input.input().resolve("2024/四坝镇_2024_更正.csv")) + "|1 / 1 / 0|计入汇总",
                "2|被退回|四坝镇_2024.csv|#" + outcome.runId() + "|" + received(input.input().resolve("2024/四坝镇_2024.csv"))
                        + "|2 / 0 / 2|未计入汇总；较新的 四坝镇_2024_更正.csv 已整份计入，此文件无需再更正");
    }

    @Test
    void aNewestFileMostlyOfAnotherYearTellsTheUnitItsRowsNotTheOfficesChoice() throws Exception {
        Fixtures input = new Fixtures(work.resolve("input"))
                .utf8("2024/四坝镇_2024.csv", "指标代码,数值", "P02@M,5")
                .utf8("2024/四坝镇_2024_更正.csv", "单位,年度,指标代码,数值", "四坝镇,2024,P02@M,8", "四坝镇,2023,P03@N,1",
                        "四坝镇,2023,P04@N,1");
        age(input, "2024/四坝镇_2024.csv", "2025-01-10T09:00:00Z");
        age(input, "2024/四坝镇_2024_更正.csv", "2025-01-20T09:00:00Z");

        run(2024, input.input(), output);

        assertThat(Fixtures.warningsListed(output.resolve("2024/凉州区_2024_政府信息公开统计汇总.xlsx")))
                .anySatisfy(line -> assertThat(line).contains("|mostly-another-year|"));
        List<String> siBa = Fixtures.noticeLines(output.resolve("2024/退回通知/四坝镇_2024_退回通知.xlsx"));
        assertThat(siBa.subList(siBa.indexOf("二、问题清单（错误在前，警告在后）") + 2, siBa.size())).containsExactly(
                "1|错误|四坝镇_2024_更正.csv||3|P03@N|1|此行的年度是2023年，本次汇总的是2024年度：如是2024年的数，"
                        + "请把年度改为2024；2023年的数不要报在2024年的报表中",
                "2|错误|四坝镇_2024_更正.csv||4|P04@N|1|此行的年度是2023年，本次汇总的是2024年度：如是2024年的数，"
                        + "请把年度改为2024；2023年的数不要报在2024年的报表中",
                "",
                "共 2 条：错误 2 条，警告 0 条。");
    }

    @Test
    void aRunWithNothingToFixLeavesNoNoticeOfThePreviousRun() throws Exception {
        Fixtures input = new Fixtures(work.resolve("input"))
                .utf8("2024/四坝镇_2024.csv", "指标代码,数值", "P02@M,2", "P03@N,abc");
        run(2024, input.input(), output);
        assertThat(notices(output.resolve("2024"))).containsExactly("四坝镇_2024_退回通知.xlsx");

        input.utf8("2024/四坝镇_2024.csv", "指标代码,数值", "P02@M,2", "P03@N,1");
        RunOutcome corrected = run(2024, input.input(), output);

        assertThat(corrected.completed()).isTrue();
        assertThat(output.resolve("2024/退回通知")).doesNotExist();
        assertThat(output.resolve("2024/totals.csv")).exists();
    }

    private static void age(Fixtures input, String file, String modified) throws IOException {
        Files.setLastModifiedTime(input.input().resolve(file), FileTime.from(Instant.parse(modified)));
    }

    /** {@code 2025-01-20 09:00|3f2a9c0d1e2b}: when the file was changed, and the start of its SHA-256. */
    private static String received(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return MINUTES.format(LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(),
                    ZoneId.systemDefault())) + "|" + DigestUtils.sha256Hex(in).substring(0, 12);
        }
    }

    private static List<String> notices(Path yearFolder) throws IOException {
        try (Stream<Path> files = Files.list(yearFolder.resolve("退回通知"))) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
