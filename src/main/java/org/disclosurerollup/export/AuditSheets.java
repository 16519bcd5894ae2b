package org.disclosurerollup.export;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.disclosurerollup.export.ExportModel.Counts;
import org.disclosurerollup.export.ExportModel.RunFacts;
import org.disclosurerollup.reading.ConsolidatedWorkbookFormat;
import org.disclosurerollup.submission.SubmissionStatus;

/** Who reported (报送情况), what went wrong (问题清单) and how the run went (运行信息). */
final class AuditSheets {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final WorkbookStyles styles;

    AuditSheets(WorkbookStyles styles) {
        this.styles = styles;
    }

    void writeStatuses(ListSheet sheet, ExportModel model) {
        sheet.widths(14, 24, 10, 16, 36, 12, 20, 20, 10, 10, 50);
        sheet.header(ConsolidatedWorkbookFormat.STATUS_UNIT_CODE, ConsolidatedWorkbookFormat.STATUS_UNIT, ConsolidatedWorkbookFormat.STATUS_TYPE,
                ConsolidatedWorkbookFormat.STATUS, "文件", "收到于运行", "文件修改时间", "SHA-256", "采用行数", "退回行数",
                ConsolidatedWorkbookFormat.STATUS_NOTE);
        model.statuses().forEach(status -> {
            ListSheet.Line line = sheet.line(look(status.status()))
                    .text(text(status.unitCode())).text(text(status.unit()))
                    .text(OutputLabels.unitType(status.unitType(), model.area())).text(status.status().label())
                    .text(text(status.file()));
            if (status.received() == null) {
                line.text("").text("");
            } else {
                line.number(status.received().run()).text(time(status.received().modifiedAt()));
            }
            line.unwrapped(text(status.sha256())).number(status.accepted()).number(status.rejected())
                    .text(text(status.note()));
        });
        sheet.filter().freeze(2);
    }

    private WorkbookStyles.Line look(SubmissionStatus status) {
        if (status == SubmissionStatus.MISSING) {
            return styles.missing;
        }
        return status == SubmissionStatus.REJECTED ? styles.rejected : styles.plain;
    }

    void writeProblems(ListSheet sheet, ExportModel model) {
        sheet.widths(8, 36, 14, 8, 20, 14, 18, 18, 70);
        sheet.header("级别", "文件", "工作表", "行号", "单位", "代码", "原值", "原因代码", "说明");
        model.problems().forEach(problem -> sheet.line()
                .text(OutputLabels.severity(problem.severity())).text(text(problem.file()))
                .text(text(problem.sheet())).number(problem.row()).text(text(problem.unit()))
                .text(text(problem.code())).text(text(problem.value())).text(text(problem.reason()))
                .text(text(problem.message())));
        sheet.filter().freeze(0);
    }

    void writeRunFacts(ListSheet sheet, ExportModel model) {
        RunFacts facts = model.facts();
        Counts counts = facts.counts();
        sheet.widths(40, 40, 12, 16, 10, 10, 10);
        sheet.header("项目", "内容");
        fact(sheet, ConsolidatedWorkbookFormat.AREA, facts.district());
        count(sheet, ConsolidatedWorkbookFormat.YEAR, facts.year());
        fact(sheet, "报表格式", model.template().id() + " " + model.template().title());
        count(sheet, ConsolidatedWorkbookFormat.RUN, facts.runId());
        fact(sheet, "开始时间", time(facts.startedAt()));
        fact(sheet, ConsolidatedWorkbookFormat.EXPORTED, time(facts.exportedAt()));
        fact(sheet, "输入文件夹", facts.inputFolder());
        count(sheet, "文件数", counts.files());
        count(sheet, "采用的报送", counts.submissionsAccepted());
        count(sheet, "被退回的报送", counts.submissionsRejected());
        count(sheet, "未报送单位", counts.unitsMissing());
        count(sheet, "读取行数", counts.rowsRead());
        count(sheet, "采用行数", counts.rowsAccepted());
        count(sheet, "退回行数", counts.rowsRejected());
        count(sheet, "采用行中属于已被替代报表的行数（不计入汇总）", counts.rowsSuperseded());
        fact(sheet, "跨年度核对", model.yearOnYear().runFact(model.area().wholeArea()));
        fact(sheet, ConsolidatedWorkbookFormat.FINGERPRINT, facts.fingerprint());
        sheet.skip();
        sheet.line().text("文件", styles.header).text("SHA-256", styles.header).text("字节数", styles.header)
                .text("状态", styles.header).text("读取行数", styles.header).text("采用行数", styles.header)
                .text("退回行数", styles.header);
        facts.files().forEach(file -> sheet.line().text(text(file.path())).unwrapped(text(file.sha256()))
                .number(file.sizeBytes()).text(file.status().label()).number(file.rowsRead())
                .number(file.rowsAccepted()).number(file.rowsRejected()));
    }

    private void fact(ListSheet sheet, String name, String value) {
        sheet.line().text(name, styles.key).text(text(value));
    }

    private void count(ListSheet sheet, String name, long value) {
        sheet.line().text(name, styles.key).number(value);
    }

    private static String time(LocalDateTime time) {
        return time == null ? "" : TIME.format(time);
    }

    /** Text as submitted: a cell of text is never run, and {@link ListSheet} keeps formula-like text text on editing. */
    private static String text(String value) {
        return value == null ? "" : value;
    }
}
