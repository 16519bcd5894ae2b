package org.disclosurerollup.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Resubmissions across runs and within one: which version of a unit's submission counts, what the older ones say, and
 * the warnings where the rule may surprise a clerk.
 */
class ResubmissionTests extends JobTestSupport {

    private static final long EARLY = 1_700_000_000_000L;
    private static final long LATE = EARLY + 86_400_000L;

    Fixtures input;
    Path output;

    @BeforeEach
    void district() {
        input = new Fixtures(work.resolve("input"));
        output = work.resolve("output");
    }

    @Test
    void aFileReceivedInALaterRunIsNewerWhateverItsModificationTime() throws Exception {
        write("2024/四坝镇_2024.csv", "P02@M,5", LATE);
        RunOutcome first = run();
        write("2024/四坝镇_2024_更正.csv", "P02@M,7", EARLY);

        RunOutcome second = run();

        assertThat(second.runId()).isNotEqualTo(first.runId());
        assertThat(statusLines("T1,")).containsExactly(
                "T1,四坝镇,township,accepted,四坝镇_2024_更正.csv,1,0",
                "T1,四坝镇,township,superseded,四坝镇_2024.csv,1,0");
        assertThat(total("all P02@M")).isEqualTo("7");
        assertThat(jdbc.sql("SELECT path, received_run FROM input_file WHERE run_id = ? ORDER BY path")
                .param(second.runId()).query((rs, n) -> rs.getString(1) + "=" + rs.getLong(2)).list())
                .containsExactly("四坝镇_2024.csv=" + first.runId(), "四坝镇_2024_更正.csv=" + second.runId());
    }

    @Test
    void identicalTablesOfTwoUnitsAreNotOneSubmissionWhenTheirNamesGiveTheUnits() throws Exception {
        input.utf8("2024/四坝镇_2024.csv", "指标代码,数值", "P02@M,0");
        Files.setLastModifiedTime(input.input().resolve("2024/四坝镇_2024.csv"), FileTime.fromMillis(EARLY));
        RunOutcome first = run();
        input.utf8("2024/清源镇_2024.csv", "指标代码,数值", "P02@M,3");
        Files.setLastModifiedTime(input.input().resolve("2024/清源镇_2024.csv"), FileTime.fromMillis(LATE));
        run();
        Files.copy(input.input().resolve("2024/四坝镇_2024.csv"), input.input().resolve("2024/清源镇_2024_更正.csv"));
        Files.setLastModifiedTime(input.input().resolve("2024/清源镇_2024_更正.csv"), FileTime.fromMillis(EARLY));

        RunOutcome third = run();

        assertThat(statusLines("T2,")).containsExactly(
                "T2,清源镇,township,accepted,清源镇_2024_更正.csv,1,0",
                "T2,清源镇,township,superseded,清源镇_2024.csv,1,0");
        assertThat(jdbc.sql("SELECT received_run FROM input_file WHERE run_id = ? AND path = '清源镇_2024_更正.csv'")
                .param(third.runId()).query(Long.class).single()).isEqualTo(third.runId()).isNotEqualTo(first.runId());
        assertThat(warnings()).isEmpty();
    }

    @Test
    void theSameBytesUnderAnotherNameAreTheSameSubmissionReceivedWhenFirstSeen() throws Exception {
        write("2024/四坝镇_2024.csv", "P02@M,5", LATE);
        RunOutcome first = run();
        Files.move(input.input().resolve("2024/四坝镇_2024.csv"), input.input().resolve("2024/四坝镇报表.csv"));
        Files.createDirectories(input.input().resolve("2024/邮件附件"));
        Files.copy(input.input().resolve("2024/四坝镇报表.csv"), input.input().resolve("2024/邮件附件/四坝镇_2024.csv"));
        write("2024/四坝镇_2024_修正.csv", "P02@M,9", EARLY);

        RunOutcome second = run();

        assertThat(statusLines("T1,")).containsExactly(
                "T1,四坝镇,township,accepted,四坝镇_2024_修正.csv,1,0",
                "T1,四坝镇,township,superseded,四坝镇报表.csv,1,0",
                "T1,四坝镇,township,duplicate,邮件附件/四坝镇_2024.csv,0,0");
        assertThat(total("all P02@M")).isEqualTo("9");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM input_file WHERE run_id = ? AND received_run = ?")
                .params(second.runId(), first.runId()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void withinARunTheLaterModificationTimeWinsAndACorrectionThatLostIsPointedOut() throws Exception {
        write("2024/四坝镇_2024_更正.csv", "P02@M,7", EARLY);
        write("2024/四坝镇_2024.csv", "P02@M,5", LATE);

        run();

        assertThat(statusLines("T1,")).containsExactly(
                "T1,四坝镇,township,accepted,四坝镇_2024.csv,1,0",
                "T1,四坝镇,township,superseded,四坝镇_2024_更正.csv,1,0");
        assertThat(warnings()).containsExactly("correction-older|四坝镇_2024_更正.csv 的文件名表明是更正后的报表，但 四坝镇_2024.csv "
                + "的修改时间更晚，按规则采用了后者：如果应以更正的报表为准，请把 四坝镇_2024.csv 移出输入文件夹后重新运行");
    }

    @Test
    void versionsOfTheSameAgeAreToldApartByTheirNameWithAWarning() throws Exception {
        write("2024/四坝镇_2024_a.csv", "P02@M,5", EARLY);
        write("2024/四坝镇_2024_b.csv", "P02@M,6", EARLY);

        run();

        assertThat(statusLines("T1,")).containsExactly(
                "T1,四坝镇,township,accepted,四坝镇_2024_b.csv,1,0",
                "T1,四坝镇,township,superseded,四坝镇_2024_a.csv,1,0");
        assertThat(warnings()).containsExactly("same-time|四坝镇有多份报表在同一次运行中收到、修改时间也相同，已按文件名取 "
                + "四坝镇_2024_b.csv：如不对，请删除不用的文件后重新运行");
    }

    @Test
    void aFileNamedForOneUnitHoldingAnothersFiguresReplacesThatUnitsFileAndSaysSo() throws Exception {
        input.utf8("2024/清源镇_2024.csv", "单位,指标代码,数值", "清源镇,P02@M,3");
        input.utf8("2024/四坝镇_2024.csv", "单位,指标代码,数值", "清源镇,P02@M,4");
        Files.setLastModifiedTime(input.input().resolve("2024/清源镇_2024.csv"), FileTime.fromMillis(EARLY));
        Files.setLastModifiedTime(input.input().resolve("2024/四坝镇_2024.csv"), FileTime.fromMillis(LATE));

        run();

        assertThat(statusLines("T2,")).containsExactly(
                "T2,清源镇,township,accepted,四坝镇_2024.csv,1,0",
                "T2,清源镇,township,superseded,清源镇_2024.csv,1,0");
        assertThat(statusLines("T1,")).containsExactly("T1,四坝镇,township,missing,,0,0");
        assertThat(warnings()).contains("named-for-another-unit|文件 四坝镇_2024.csv 的文件名写的是四坝镇，内容却是清源镇的报表；"
                + "按内容，它作为清源镇最新的报表替代了 清源镇_2024.csv。如果它其实是四坝镇的报表、填报单位填错了，请改正后重新报送");
    }

    @Test
    void theProblemsOfAnOlderVersionStayListedSayingNothingNeedsCorrecting() throws Exception {
        write("2024/四坝镇_2024.csv", "P02@M,abc\nP03@N,2", EARLY);
        write("2024/四坝镇_2024_更正.csv", "P02@M,5\nP03@N,2", LATE);

        run();

        assertThat(Fixtures.lines(output.resolve("2024/rejected-rows.csv"))).containsExactly(
                "file,sheet,row,unit,code,value,reason,message",
                "四坝镇_2024.csv,,2,四坝镇,P02@M,abc,type-error,【该报表已被较新的 四坝镇_2024_更正.csv 替代，不计入汇总，无需更正】"
                        + "“abc”不是数字：请只填写阿拉伯数字（可带单位“件”），没有数据请填0");
        assertThat(statusLines("T1,")).containsExactly(
                "T1,四坝镇,township,accepted,四坝镇_2024_更正.csv,2,0",
                "T1,四坝镇,township,superseded,四坝镇_2024.csv,1,1");
    }

    @Test
    void aNewerFileThatCannotBeReadLeavesTheUnitWithoutFiguresAndTheOlderOneSaysWhy() throws Exception {
        write("2024/四坝镇_2024.csv", "P02@M,5", EARLY);
        input.bytes("2024/四坝镇_2024_更正.xlsx", "not a workbook".getBytes());
        Files.setLastModifiedTime(input.input().resolve("2024/四坝镇_2024_更正.xlsx"), FileTime.fromMillis(LATE));

        run();

        assertThat(statusLines("T1,")).containsExactly(
                "T1,四坝镇,township,rejected,四坝镇_2024_更正.xlsx,0,0",
                "T1,四坝镇,township,superseded,四坝镇_2024.csv,1,0");
        assertThat(statusNotes("四坝镇")).containsExactly("未计入汇总：请按问题清单更正后重新报送",
                "已被较新的 四坝镇_2024_更正.xlsx 替代，不计入汇总；较新的报表被退回，本单位暂无可计入的报表");
        assertThat(total("all P02@M")).isEqualTo("0");
    }

    @Test
    void aReportOfAnotherKindOrAnotherYearBesideTheTablesReplacesNothing() throws Exception {
        write("2024/四坝镇_2024.csv", "P02@M,5", EARLY);
        input.bytes("2024/四坝镇_2024_年度报告.pdf", "%PDF-1.4 narrative".getBytes());
        input.utf8("2024/四坝镇_2023.csv", "指标代码,数值", "P02@M,8");
        for (String later : List.of("2024/四坝镇_2024_年度报告.pdf", "2024/四坝镇_2023.csv")) {
            Files.setLastModifiedTime(input.input().resolve(later), FileTime.fromMillis(LATE));
        }

        run();

        assertThat(statusLines("T1,")).containsExactly(
                "T1,四坝镇,township,accepted,四坝镇_2024.csv,1,0",
                "T1,四坝镇,township,rejected,四坝镇_2024_年度报告.pdf,0,0",
                "T1,四坝镇,township,rejected,四坝镇_2023.csv,0,1");
        assertThat(total("all P02@M")).isEqualTo("5");
    }

    @Test
    void lastYearsTableSentAgainUnderThisYearsNameReplacesNothing() throws Exception {
        write("2024/四坝镇_2024.csv", "P02@M,5", EARLY);
        input.utf8("2024/四坝镇_2024_更正.csv", "单位,年度,指标代码,数值", "四坝镇,2023,P02@M,8", "四坝镇,2023,P03@N,1");
        Files.setLastModifiedTime(input.input().resolve("2024/四坝镇_2024_更正.csv"), FileTime.fromMillis(LATE));

        run();

        assertThat(statusLines("T1,")).containsExactly(
                "T1,四坝镇,township,accepted,四坝镇_2024.csv,1,0",
                "T1,四坝镇,township,rejected,四坝镇_2024_更正.csv,0,2");
        assertThat(total("all P02@M")).isEqualTo("5");
    }

    @Test
    void aNewerFileBreakingARuleWithOneRowOfAnotherYearStillReplaces() throws Exception {
        write("2024/四坝镇_2024.csv", "P02@M,5", EARLY);
        input.utf8("2024/四坝镇_2024_更正.csv", "单位,年度,指标代码,数值", "四坝镇,2024,P02@M,8", "四坝镇,2024,A01@NP,5",
                "四坝镇,2024,A01@TT,5", "四坝镇,2023,P03@N,1");
        Files.setLastModifiedTime(input.input().resolve("2024/四坝镇_2024_更正.csv"), FileTime.fromMillis(LATE));

        run();

        assertThat(statusLines("T1,")).containsExactly(
                "T1,四坝镇,township,rejected,四坝镇_2024_更正.csv,0,4",
                "T1,四坝镇,township,superseded,四坝镇_2024.csv,1,0");
        assertThat(total("all P02@M")).isEqualTo("0");
    }

    @Test
    void aNewerFileMostlyOfAnotherYearStillReplacesButAWarningSaysSo() throws Exception {
        write("2024/四坝镇_2024.csv", "P02@M,5", EARLY);
        input.utf8("2024/四坝镇_2024_更正.csv", "单位,年度,指标代码,数值", "四坝镇,2024,P02@M,8", "四坝镇,2023,P03@N,1",
                "四坝镇,2023,P04@N,1");
        Files.setLastModifiedTime(input.input().resolve("2024/四坝镇_2024_更正.csv"), FileTime.fromMillis(LATE));

        run();

        assertThat(statusLines("T1,")).containsExactly(
                "T1,四坝镇,township,accepted,四坝镇_2024_更正.csv,1,2",
                "T1,四坝镇,township,superseded,四坝镇_2024.csv,1,0");
        assertThat(warnings()).containsExactly("mostly-another-year|四坝镇_2024_更正.csv 的 3 行中有 2 行写的是别的年度（已退回），"
                + "它仍作为四坝镇最新的报表替代了 四坝镇_2024.csv：如果它其实是别的年度的报表，请把它移出输入文件夹后重新运行；否则请单位改正年度后重报");
    }

    @Test
    void aReplacedVersionSentAgainUnderANewNameStaysReplacedAndAWarningSaysWhy() throws Exception {
        write("2024/四坝镇_2024.csv", "P02@M,5", EARLY);
        RunOutcome first = run();
        write("2024/四坝镇_2024_更正.csv", "P02@M,7", EARLY);
        run();
        Files.copy(input.input().resolve("2024/四坝镇_2024.csv"), input.input().resolve("2024/四坝镇_2024_最终.csv"));
        Files.setLastModifiedTime(input.input().resolve("2024/四坝镇_2024_最终.csv"), FileTime.fromMillis(LATE));

        run();

        assertThat(statusLines("T1,")).containsExactly(
                "T1,四坝镇,township,accepted,四坝镇_2024_更正.csv,1,0",
                "T1,四坝镇,township,superseded,四坝镇_2024.csv,1,0",
                "T1,四坝镇,township,duplicate,四坝镇_2024_最终.csv,0,0");
        assertThat(warnings()).containsExactly("resent|文件 四坝镇_2024_最终.csv 是后来放入的，但内容与运行 #" + first.runId()
                + " 已收到的报表完全相同（同一份报表），它早已被较新的 四坝镇_2024_更正.csv 替代，所以仍以后者为准。"
                + "如果单位要改回这一份，请把 四坝镇_2024_更正.csv 移出输入文件夹后重新运行");
    }

    @Test
    void ofIdenticalCopiesTheOneNamedForThisYearIsReadAndACopyNamedForAnotherYearIsItsDuplicate() throws Exception {
        write("2024/四坝镇_2024.csv", "P02@M,5", EARLY);
        Files.copy(input.input().resolve("2024/四坝镇_2024.csv"), input.input().resolve("2024/四坝镇_2023.csv"));

        run();

        assertThat(statusLines("T1,")).containsExactly(
                "T1,四坝镇,township,accepted,四坝镇_2024.csv,1,0",
                "T1,四坝镇,township,duplicate,四坝镇_2023.csv,0,0");
    }

    @Test
    void aCopyWhoseNameGivesNoUnitIsListedUnderTheUnitItCopies() throws Exception {
        write("2024/四坝镇_2024.csv", "P02@M,5", EARLY);
        Files.createDirectories(input.input().resolve("2024/微信"));
        Files.copy(input.input().resolve("2024/四坝镇_2024.csv"), input.input().resolve("2024/微信/更正版.csv"));

        run();

        assertThat(statusLines("T1,")).containsExactly(
                "T1,四坝镇,township,accepted,四坝镇_2024.csv,1,0",
                "T1,四坝镇,township,duplicate,微信/更正版.csv,0,0");
    }

    @Test
    void theSummarySaysHowManyAcceptedRowsBelongToReplacedVersions() throws Exception {
        write("2024/四坝镇_2024.csv", "P02@M,5\nP03@N,1", EARLY);
        write("2024/四坝镇_2024_更正.csv", "P02@M,7", LATE);

        RunOutcome outcome = run();

        assertThat(outcome.counts().summaryLines()).containsExactly("文件 2 个；报表 采用 1，退回 0，未报送单位 6",
                "数据行 读取 3 = 采用 3 + 退回 0（采用的行中有 2 行属于已被替代的旧报表，不计入汇总）");
    }

    @Test
    void theStatusSheetShowsEachUnitsHistoryWithTheRunThatReceivedEachFile() throws Exception {
        write("2024/四坝镇_2024.csv", "P02@M,5", EARLY);
        RunOutcome first = run();
        write("2024/四坝镇_2024_更正.csv", "P02@M,7", EARLY);

        RunOutcome second = run();

        try (InputStream in = Files.newInputStream(output.resolve("2024/凉州区_2024_政府信息公开统计汇总.xlsx"));
             XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet statuses = workbook.getSheet("报送情况");
            DataFormatter formatter = new DataFormatter();
            assertThat(List.of(cells(statuses.getRow(0), formatter))).startsWith("单位代码", "单位", "类型", "状态", "文件",
                    "收到于运行", "文件修改时间");
            assertThat(rowsOf(statuses, formatter, "四坝镇")).containsExactly(
                    "四坝镇|已采用|四坝镇_2024_更正.csv|" + second.runId() + "|计入汇总",
                    "四坝镇|已被替代|四坝镇_2024.csv|" + first.runId() + "|已被较新的 四坝镇_2024_更正.csv 替代，不计入汇总");
        }
    }

    private void write(String relative, String rows, long modifiedMillis) throws IOException {
        input.utf8(relative, "单位,指标代码,数值\n" + rows.lines().map(row -> "四坝镇," + row)
                .reduce((a, b) -> a + "\n" + b).orElseThrow());
        Files.setLastModifiedTime(input.input().resolve(relative), FileTime.fromMillis(modifiedMillis));
    }

    private RunOutcome run() throws Exception {
        RunOutcome outcome = run(2024, input.input(), output);
        assertThat(outcome.completed()).isTrue();
        return outcome;
    }

    /** submissions.csv lines of a unit without the SHA-256 column. */
    private List<String> statusLines(String prefix) {
        return Fixtures.lines(output.resolve("2024/submissions.csv")).stream().filter(line -> line.startsWith(prefix))
                .map(line -> {
                    List<String> fields = List.of(line.split(",", -1));
                    return String.join(",", fields.subList(0, 5)) + "," + fields.get(6) + "," + fields.get(7);
                })
                .toList();
    }

    private List<String> statusNotes(String unit) throws IOException {
        try (InputStream in = Files.newInputStream(output.resolve("2024/凉州区_2024_政府信息公开统计汇总.xlsx"));
             XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet statuses = workbook.getSheet("报送情况");
            return rowsOf(statuses, new DataFormatter(), unit).stream()
                    .map(line -> line.substring(line.lastIndexOf('|') + 1)).toList();
        }
    }

    private static List<String> rowsOf(Sheet sheet, DataFormatter formatter, String unit) {
        java.util.ArrayList<String> lines = new java.util.ArrayList<>();
        for (Row row : sheet) {
            String[] cells = cells(row, formatter);
            if (cells.length > 10 && cells[1].equals(unit)) {
                lines.add(String.join("|", cells[1], cells[3], cells[4], cells[5], cells[10]));
            }
        }
        return lines;
    }

    private static String[] cells(Row row, DataFormatter formatter) {
        String[] cells = new String[Math.max(row.getLastCellNum(), 0)];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = formatter.formatCellValue(row.getCell(i));
        }
        return cells;
    }

    private List<String> warnings() {
        long runId = jdbc.sql("SELECT MAX(run_id) FROM rollup_run").query(Long.class).single();
        return jdbc.sql("""
                        SELECT reason, message FROM problem WHERE run_id = ? AND severity = 'warn'
                          AND reason IN ('same-time', 'correction-older', 'named-for-another-unit', 'resent', 'mostly-another-year') ORDER BY seq""")
                .param(runId).query((rs, n) -> rs.getString(1) + "|" + rs.getString(2)).list();
    }

    private String total(String scopeAndCode) {
        return Fixtures.lines(output.resolve("2024/totals.csv")).stream().skip(1).map(line -> line.split(","))
                .filter(f -> (f[1] + " " + f[2]).equals(scopeAndCode)).map(f -> f[3]).findFirst().orElseThrow();
    }
}
