package org.disclosurerollup.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The year-end job end to end on a small district: eight files that show every kind of file, row and rule problem.
 * Given the input folder, when the job runs, then the totals, statuses and rejections are exactly these.
 */
class YearEndJobFunctionalTests extends JobTestSupport {

    Fixtures input;
    Path output;

    @BeforeEach
    void district2024() {
        output = work.resolve("output");
        input = new Fixtures(work.resolve("input"))
                .write("2024/四坝镇_2024.csv", "\uFEFF" + String.join("\n",
                        "单位,年度,指标代码,数值",
                        "四坝镇,2024,P02@M,2",
                        "四坝镇,2024,P03@N,\"1,234\"",
                        "四坝镇,2024,P06@AMT,3500元",
                        "四坝镇,2024,A01@NP,3",
                        "四坝镇,2024,A01@TT,3",
                        "四坝镇,2024,A03_1@NP,2",
                        "四坝镇,2024,A03_1@TT,2",
                        "四坝镇,2024,A03_7@NP,2",
                        "四坝镇,2024,A03_7@TT,2",
                        "四坝镇,2024,A04@NP,1",
                        "四坝镇,2024,A04@TT,1",
                        "四坝镇,2024,R1@KEEP,1",
                        "四坝镇,2024,R1@TOT,") + "\n", StandardCharsets.UTF_8)
                .write("2024/清源镇_2024.csv", String.join("\n",
                        "value\tcode\tunit",
                        "１２\tP02@M\t清源镇人民政府",
                        "0.125\tP06@AMT\t清源镇",
                        "十二\tP04@N\t清源镇",
                        "-3\tP05@N\t清源镇",
                        "2.5\tP03@N\t清源镇",
                        "—\tR1@KEEP\t清源镇") + "\n", Charset.forName("GB18030"))
                .utf8("2024/区直部门_2024.csv",
                        "填报单位;年份;指标名称;列;数值",
                        "区教育局;2024;行政许可;本年处理决定数量;10",
                        "凉州区教育局;2024;行政规范性文件;本年制发件数;1",
                        "区民政局;2024;行政许可;本年处理决定数量;5",
                        "区民政局;2024;行政许可;本年处理决定数量;6",
                        "区民政局;2024;行政处罚;本年处理决定数量;2",
                        "区民政局;2024;行政处罚;本年处理决定数量;2",
                        "某某局;2024;行政处罚;本年处理决定数量;9",
                        "区民政局;2023;行政强制;本年处理决定数量;1",
                        "区民政局;2024;不存在的指标;;4")
                .utf8("2024/凉州区人民政府_2024.csv", "单位,指标代码,数值", "区政府,A01@NP,5", "区政府,A01@TT,5",
                        "区政府,P02@M,7")
                .bytes("2024/黄羊镇_2024.csv", new byte[] {'a', ',', 'b', '\n', (byte) 0x80, (byte) 0xFF, '\n'})
                .utf8("2024/韩佐乡_2024.csv", "单位,指标代码,数值", "韩佐乡,P02@M,4")
                .utf8("2024/说明.txt", "请各单位一月底前报送");
        copy("2024/四坝镇_2024.csv", "2024/邮件附件/四坝镇_2024.csv");
    }

    @Test
    void sumsTheAcceptedSubmissionsExactlyPerScope() throws Exception {
        RunOutcome outcome = run();

        assertThat(outcome.completed()).isTrue();
        Map<String, String> totals = csv("totals.csv").stream().skip(1)
                .map(line -> line.split(",", -1))
                .collect(Collectors.toMap(f -> f[1] + " " + f[2], f -> f[3]));
        assertThat(totals).hasSize(5 * 200);
        assertThat(totals).containsEntry("all P02@M", "15").containsEntry("district P02@M", "1")
                .containsEntry("government P02@M", "0").containsEntry("department P02@M", "1")
                .containsEntry("township P02@M", "14")
                .containsEntry("all P03@N", "1244").containsEntry("township P03@N", "1234")
                .containsEntry("department P03@N", "10")
                .containsEntry("all P04@N", "2").containsEntry("all P05@N", "0")
                .containsEntry("all P06@AMT", "0.48").containsEntry("township P06@AMT", "0.48")
                .containsEntry("district P06@AMT", "0.00")
                .containsEntry("all A01@NP", "3").containsEntry("all A01@TT", "3").containsEntry("all A04@TT", "1")
                .containsEntry("all R1@KEEP", "1").containsEntry("all R1@TOT", "1");
        assertThat(csv("totals.csv").get(0)).isEqualTo("year,scope,code,value");
        assertThat(csv("totals.csv").get(1)).isEqualTo("2024,all,P01@M,0");
    }

    @Test
    void givesEveryExpectedUnitAndEveryFileItsStatus() throws Exception {
        run();

        assertThat(csv("submissions.csv")).containsExactly(
                "unit_code,unit,type,status,file,sha256,accepted,rejected",
                "G,凉州区人民政府,government,rejected,凉州区人民政府_2024.csv," + sha("2024/凉州区人民政府_2024.csv") + ",0,3",
                "D1,区教育局,department,accepted,区直部门_2024.csv," + sha("2024/区直部门_2024.csv") + ",2,0",
                "D2,区民政局,department,accepted,区直部门_2024.csv," + sha("2024/区直部门_2024.csv") + ",2,4",
                "T1,四坝镇,township,accepted,四坝镇_2024.csv," + sha("2024/四坝镇_2024.csv") + ",13,0",
                "T1,四坝镇,township,duplicate,邮件附件/四坝镇_2024.csv," + sha("2024/四坝镇_2024.csv") + ",0,0",
                "T2,清源镇,township,accepted,清源镇_2024.csv," + sha("2024/清源镇_2024.csv") + ",3,3",
                "T3,黄羊镇,township,rejected,黄羊镇_2024.csv," + sha("2024/黄羊镇_2024.csv") + ",0,0",
                "T4,和平镇,township,missing,,,0,0",
                "OLD,韩佐乡,township,unexpected,韩佐乡_2024.csv," + sha("2024/韩佐乡_2024.csv") + ",0,1",
                ",某某局,,rejected,区直部门_2024.csv," + sha("2024/区直部门_2024.csv") + ",0,1",
                ",,,rejected,说明.txt," + sha("2024/说明.txt") + ",0,0");
    }

    @Test
    void listsEveryRejectionWithItsReasonAndWhatToFix() throws Exception {
        run();

        List<String> rejected = csv("rejected-rows.csv");
        assertThat(rejected.get(0)).isEqualTo("file,sheet,row,unit,code,value,reason,message");
        assertThat(rejected.stream().skip(1).map(line -> String.join(",", List.of(line.split(",", -1)).subList(0, 7))))
                .containsExactly(
                        "凉州区人民政府_2024.csv,,,凉州区人民政府,A-ID-NP,,rule-violation",
                        "凉州区人民政府_2024.csv,,,凉州区人民政府,A-ID-TT,,rule-violation",
                        "区直部门_2024.csv,,4,区民政局,P03@N,5,duplicate-cell",
                        "区直部门_2024.csv,,5,区民政局,P03@N,6,duplicate-cell",
                        "区直部门_2024.csv,,8,某某局,行政处罚,9,unknown-unit",
                        "区直部门_2024.csv,,9,区民政局,行政强制,1,year-mismatch",
                        "区直部门_2024.csv,,10,区民政局,不存在的指标,4,unknown-code",
                        "清源镇_2024.csv,,4,清源镇,P04@N,十二,type-error",
                        "清源镇_2024.csv,,5,清源镇,P05@N,-3,negative-value",
                        "清源镇_2024.csv,,6,清源镇,P03@N,2.5,not-integer",
                        "说明.txt,,,,,,unreadable-file",
                        "韩佐乡_2024.csv,,,韩佐乡,,,unknown-unit",
                        "黄羊镇_2024.csv,,,黄羊镇,,,encoding-error");
        assertThat(rejected.get(1)).endsWith("凉州区人民政府 · 表三“自然人”列：本年新收加上年结转之和应等于办理结果总计加结转下年度之和："
                + "A01@NP(5)+A02@NP(0)=5，A03_7@NP(0)+A04@NP(0)=0，差额5");
    }

    @Test
    void identicalTablesOfTwoUnitsNamedByTheirFilesAreNotDuplicates() throws Exception {
        Fixtures zeros = new Fixtures(work.resolve("zeros"))
                .utf8("2024/四坝镇_2024.csv", "指标代码,数值", "P02@M,0", "P03@N,0")
                .utf8("2024/清源镇_2024.csv", "指标代码,数值", "P02@M,0", "P03@N,0")
                .utf8("2024/邮件附件/清源镇_2024.csv", "指标代码,数值", "P02@M,0", "P03@N,0");

        run(2024, zeros.input(), output);

        assertThat(csv("submissions.csv")).extracting(line -> String.join(",", List.of(line.split(",")).subList(0, 5)))
                .contains("T1,四坝镇,township,accepted,四坝镇_2024.csv", "T2,清源镇,township,accepted,清源镇_2024.csv",
                        "T2,清源镇,township,duplicate,邮件附件/清源镇_2024.csv");
    }

    @Test
    void anUnchangedInputWritesItsOutputsAgainWhenTheFolderHoldsOthers() throws Exception {
        RunOutcome first = run();
        List<String> firstTotals = csv("totals.csv");
        input.utf8("2024/和平镇_2024.csv", "单位,指标代码,数值", "和平镇,P02@M,3");
        RunOutcome second = run();
        assertThat(csv("totals.csv")).contains("2024,all,P02@M,18");
        Files.delete(input.input().resolve("2024/和平镇_2024.csv"));

        RunOutcome again = run();

        assertThat(second.runId()).isNotEqualTo(first.runId());
        assertThat(again.unchanged()).isTrue();
        assertThat(again.republished()).isTrue();
        assertThat(again.runId()).isEqualTo(first.runId());
        assertThat(csv("totals.csv")).isEqualTo(firstTotals);

        deleteRecursively(output.resolve("2024"));
        RunOutcome afterDeletion = run();
        assertThat(afterDeletion.republished()).isTrue();
        assertThat(csv("totals.csv")).isEqualTo(firstTotals);
        assertThat(run().republished()).isFalse();
    }

    @Test
    void theNewestSubmissionOfAUnitCountsAndTheOlderIsSuperseded() throws Exception {
        input.utf8("2024/和平镇_2024.csv", "单位,指标代码,数值", "和平镇,P02@M,3")
                .utf8("2024/更正/和平镇_2024_更正.csv", "单位,指标代码,数值", "和平镇,P02@M,4");
        Files.setLastModifiedTime(input.input().resolve("2024/和平镇_2024.csv"), FileTime.fromMillis(1_700_000_000_000L));
        Files.setLastModifiedTime(input.input().resolve("2024/更正/和平镇_2024_更正.csv"),
                FileTime.fromMillis(1_700_000_100_000L));

        run();

        assertThat(csv("submissions.csv")).filteredOn(line -> line.startsWith("T4,")).containsExactly(
                "T4,和平镇,township,accepted,更正/和平镇_2024_更正.csv," + sha("2024/更正/和平镇_2024_更正.csv") + ",1,0",
                "T4,和平镇,township,superseded,和平镇_2024.csv," + sha("2024/和平镇_2024.csv") + ",1,0");
        assertThat(csv("totals.csv")).contains("2024,all,P02@M,19", "2024,township,P02@M,18");
    }

    @Test
    void aNewerFileRejectedWholeStillSupersedesTheOlderSubmission() throws Exception {
        input.bytes("2024/更正/四坝镇_2024_更正.csv", new byte[] {'a', '\n', (byte) 0xFF, (byte) 0x80, '\n'});
        Files.setLastModifiedTime(input.input().resolve("2024/四坝镇_2024.csv"), FileTime.fromMillis(1_700_000_000_000L));
        Files.setLastModifiedTime(input.input().resolve("2024/更正/四坝镇_2024_更正.csv"),
                FileTime.fromMillis(1_700_000_100_000L));

        RunOutcome outcome = run();

        assertThat(csv("submissions.csv")).filteredOn(line -> line.startsWith("T1,")).extracting(
                line -> String.join(",", List.of(line.split(",")).subList(0, 5))).containsExactly(
                "T1,四坝镇,township,rejected,更正/四坝镇_2024_更正.csv", "T1,四坝镇,township,superseded,四坝镇_2024.csv",
                "T1,四坝镇,township,duplicate,邮件附件/四坝镇_2024.csv");
        assertThat(csv("totals.csv")).contains("2024,all,P02@M,13", "2024,all,P03@N,10");
        assertThat(outcome.counts().submissionsAccepted()).isEqualTo(3);
    }

    @Test
    void aTableOfAnotherYearsFormatIsRejectedWithOneLine() throws Exception {
        input.utf8("2024/和平镇_2024.csv", "单位,指标代码,数值", "和平镇,P02@NEWMADE,3", "和平镇,p02@newpub,3",
                "和平镇,A01@NP,0", "和平镇,P07@AMT,1.5");

        RunOutcome outcome = run();

        assertThat(csv("rejected-rows.csv")).filteredOn(line -> line.startsWith("和平镇")).containsExactly(
                "和平镇_2024.csv,,,和平镇,,,template-mismatch,和平镇的报表是V2019格式，2024年应按V2021格式填报："
                        + "请使用本年度的填报模板重新填报");
        assertThat(csv("submissions.csv")).contains("T4,和平镇,township,rejected,和平镇_2024.csv,"
                + sha("2024/和平镇_2024.csv") + ",0,4");
        assertThat(outcome.counts().rowsRejected()).isEqualTo(12 + 4);
    }

    @Test
    void accountsForEveryRowReadPerFile() throws Exception {
        RunOutcome outcome = run();

        assertThat(outcome.counts().rowsRead()).isEqualTo(32);
        assertThat(outcome.counts().rowsAccepted()).isEqualTo(20);
        assertThat(outcome.counts().rowsRejected()).isEqualTo(12);
        assertThat(outcome.counts().files()).isEqualTo(8);
        assertThat(outcome.counts().submissionsAccepted()).isEqualTo(4);
        assertThat(outcome.counts().unitsMissing()).isEqualTo(1);
        try (XSSFWorkbook workbook = new XSSFWorkbook(output.resolve("2024/凉州区_2024_政府信息公开统计汇总.xlsx").toFile())) {
            Sheet facts = workbook.getSheet("运行信息");
            List<String> perFile = new ArrayList<>();
            for (Row row : facts) {
                if (row.getLastCellNum() >= 7 && row.getCell(4).getCellType() == CellType.NUMERIC) {
                    perFile.add(row.getCell(0).getStringCellValue() + " " + row.getCell(3).getStringCellValue() + " "
                            + (long) row.getCell(4).getNumericCellValue() + "=" + (long) row.getCell(5).getNumericCellValue()
                            + "+" + (long) row.getCell(6).getNumericCellValue());
                }
            }
            assertThat(perFile).containsExactly(
                    "凉州区人民政府_2024.csv 已读取 3=0+3", "区直部门_2024.csv 已读取 9=4+5", "四坝镇_2024.csv 已读取 13=13+0",
                    "清源镇_2024.csv 已读取 6=3+3", "说明.txt 整个文件被退回 0=0+0", "邮件附件/四坝镇_2024.csv 重复文件 0=0+0",
                    "韩佐乡_2024.csv 已读取 1=0+1", "黄羊镇_2024.csv 整个文件被退回 0=0+0");
        }
    }

    @Test
    void aDerivedTotalIsListedAtItsBlankRow() throws Exception {
        run();

        assertThat(Fixtures.warningsListed(output.resolve("2024/凉州区_2024_政府信息公开统计汇总.xlsx")))
                .filteredOn(line -> line.contains("四坝镇_2024.csv")).containsExactly(
                        "警告|四坝镇_2024.csv||4|四坝镇|P06@AMT|3500元|yuan-to-wanyuan|“3500元”按元填写，已换算为0.35万元",
                        "警告|四坝镇_2024.csv||14|四坝镇|R1@TOT||derived-total|四坝镇 · R1@TOT（行政复议·总计）未填写，"
                                + "已按R-SUM-R1由各分项之和计为1：如有误请补填合计数");
    }

    @Test
    void anUnchangedInputIsNotSummedAgain() throws Exception {
        RunOutcome first = run();
        RunOutcome second = run();

        assertThat(second.unchanged()).isTrue();
        assertThat(second.runId()).isEqualTo(first.runId());
        assertThat(second.counts()).isEqualTo(first.counts());

        input.utf8("2024/和平镇_2024.csv", "单位,指标代码,数值", "和平镇,P02@M,3");
        RunOutcome third = run();
        assertThat(third.unchanged()).isFalse();
        assertThat(third.runId()).isNotEqualTo(first.runId());
        assertThat(third.counts().unitsMissing()).isZero();
        assertThat(csv("totals.csv")).contains("2024,all,P02@M,18");
    }

    private RunOutcome run() throws Exception {
        return run(2024, input.input(), output);
    }

    private List<String> csv(String name) {
        return Fixtures.lines(output.resolve("2024").resolve(name));
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private String sha(String relative) throws IOException {
        return DigestUtils.sha256Hex(Files.readAllBytes(input.input().resolve(relative)));
    }

    private void copy(String from, String to) {
        try {
            Files.createDirectories(input.input().resolve(to).getParent());
            Files.copy(input.input().resolve(from), input.input().resolve(to));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
