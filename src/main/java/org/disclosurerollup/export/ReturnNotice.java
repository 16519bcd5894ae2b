package org.disclosurerollup.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.disclosurerollup.audit.ProblemRepository.OfUnit;
import org.disclosurerollup.catalog.Severity;
import org.disclosurerollup.submission.SubmissionRepository.Received;
import org.disclosurerollup.submission.SubmissionStatus;

/**
 * One unit's 退回通知 (notice back to the unit): a title naming the unit, year and run, how to send the corrected file,
 * the files the run received from the unit, then each problem to fix — errors first, then warnings — with the sheet,
 * row, what was written and what to do. A unit with warnings only (nothing returned) gets it as a 核对通知, in the file
 * of the same name. The problems are streamed into the workbook as they are read.
 */
final class ReturnNotice {

    static final String RETURNED = "退回通知";
    static final String TO_CHECK = "核对通知";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int[] WIDTHS = {6, 10, 26, 10, 17, 14, 16, 60};
    private static final int SHA_SHOWN = 12;
    private static final float TITLE_ROW_POINTS = 26;
    private static final int IN_MEMORY_PROBLEMS = 2000;
    private static final int ROWS_IN_MEMORY = 100;

    /** What a notice is about: the unit, and the run that found its problems. */
    record Heading(String district, int year, long runId, LocalDateTime exportedAt, String template, String unit) {
    }

    /** How many problems of each kind a notice listed. */
    record Count(long errors, long warnings) {
    }

    /**
     * @param problemCount how many problems there are: a notice of a few is built in memory (a streamed workbook
     *                     costs three times as long to write), one of many is streamed
     */
    Count write(Heading heading, List<Received> received, long problemCount, ExportModel.Lines<OfUnit> problems,
                Path file) throws IOException {
        Workbook workbook = problemCount <= IN_MEMORY_PROBLEMS ? new XSSFWorkbook() : streamed();
        try (workbook; OutputStream out = Files.newOutputStream(file)) {
            try {
                String kind = ReturnNotices.kind(hasErrors(received));
                describe(workbook, heading, kind);
                WorkbookStyles styles = new WorkbookStyles(workbook);
                ListSheet sheet = new ListSheet(workbook.createSheet(kind), styles);
                sheet.widths(WIDTHS);
                writeHeading(sheet, styles, heading, received, kind);
                writeReceived(sheet, styles, heading, received);
                Count count = writeProblems(sheet, styles, problems);
                workbook.write(out);
                return count;
            } finally {
                if (workbook instanceof SXSSFWorkbook streamed) {
                    streamed.dispose();
                }
            }
        }
    }

    private static SXSSFWorkbook streamed() {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        workbook.setCompressTempFiles(true);
        return workbook;
    }

    private void writeHeading(ListSheet sheet, WorkbookStyles styles, Heading heading, List<Received> received,
                              String kind) {
        sheet.spanning(title(heading, kind), styles.title, WIDTHS.length).setHeightInPoints(TITLE_ROW_POINTS);
        sheet.spanning(heading.district() + " · 汇总运行 #" + heading.runId() + " · " + TIME.format(heading.exportedAt())
                + " · 报表格式 " + heading.template(), styles.subtitle, WIDTHS.length);
        sheet.skip();
        String send = "请把完整的报表文件（不只是改动的行）按原方式重新报送" + heading.district() + "，文件名写为“"
                + correctedName(heading, received) + "”：新报送的文件会替代本次收到的文件。";
        if (hasErrors(received)) {
            sheet.line().text("请按下面的“问题清单”逐条更正：“错误”必须更正，否则该行（或整份报表）不计入汇总；"
                    + "“警告”请核对，确认无误的可以不改。", styles.line);
            sheet.line().text("更正后，" + send, styles.line);
        } else {
            sheet.line().text("报表已采用，全部计入汇总，没有退回。只请核对下面“问题清单”中的警告：确认无误的不必重报。",
                    styles.line);
            sheet.line().text("如需更正，" + send, styles.line);
        }
        sheet.skip();
    }

    private void writeReceived(ListSheet sheet, WorkbookStyles styles, Heading heading, List<Received> received) {
        sheet.line().text("一、收到的报表", styles.tableTitle);
        header(sheet, styles, "序号", "状态", "文件", "收到于运行", "文件修改时间", "SHA-256（前12位）", "读取/采用/退回行数",
                "说明");
        int n = 0;
        String takenWhole = null;
        for (Received file : received) {
            sheet.line().number(++n).text(file.status().label()).text(file.path()).text("#" + file.receivedRun())
                    .text(TIME.format(LocalDateTime.ofInstant(file.modifiedAt(), ZoneId.systemDefault())))
                    .unwrapped(file.sha256().substring(0, SHA_SHOWN))
                    .text(file.rowsRead() + " / " + file.rowsAccepted() + " / " + file.rowsRejected())
                    .text(takenWhole != null && file.status() == SubmissionStatus.REJECTED
                            ? "未计入汇总；较新的 " + takenWhole + " 已整份计入，此文件无需再更正"
                            : note(file, heading.year()));
            if (takenWhole == null && file.status() == SubmissionStatus.ACCEPTED && file.rowsRejected() == 0) {
                takenWhole = file.path();
            }
        }
        sheet.skip();
    }

    private Count writeProblems(ListSheet sheet, WorkbookStyles styles, ExportModel.Lines<OfUnit> problems) {
        sheet.line().text("二、问题清单（错误在前，警告在后）", styles.tableTitle);
        header(sheet, styles, "序号", "级别", "文件", "工作表", "行号", "代码", "填写内容", "问题及更正方法");
        long[] counts = new long[2];
        problems.forEach(problem -> {
            counts[problem.error() ? 0 : 1]++;
            sheet.line().number(counts[0] + counts[1])
                    .text(OutputLabels.severity(problem.error() ? Severity.ERROR : Severity.WARN))
                    .text(text(problem.path())).text(text(problem.sheet())).number(problem.rowNo())
                    .text(text(problem.code())).text(text(problem.rawValue())).text(text(problem.message()));
        });
        sheet.skip();
        sheet.line().text("共 " + (counts[0] + counts[1]) + " 条：错误 " + counts[0] + " 条，警告 " + counts[1] + " 条。",
                styles.line);
        return new Count(counts[0], counts[1]);
    }

    /** {@code 四坝镇_2024_更正.csv}: the name of the unit's newest file's kind, marked as a correction. */
    static String correctedName(Heading heading, List<Received> received) {
        String newest = received.isEmpty() ? "" : received.get(0).path();
        int dot = newest.lastIndexOf('.');
        String extension = dot < 0 || dot < newest.lastIndexOf('/') ? ".xlsx" : newest.substring(dot);
        return YearOutputWriter.safe(heading.unit()) + "_" + heading.year() + "_更正" + extension;
    }

    /** Errors always reject something: a file, a submission or rows of the version that stands. */
    private static boolean hasErrors(List<Received> received) {
        return ReturnNotices.returns(received.stream()
                .map(file -> new ReturnNotices.FileFate(file.status(), file.rowsRejected())).toList());
    }

    private static String note(Received file, int year) {
        return switch (file.status()) {
            case ACCEPTED -> file.rowsRejected() == 0 ? "计入汇总" : "计入汇总；退回的行未计入，请按问题清单更正";
            case REJECTED -> "整份报表未计入汇总：请按问题清单更正后重新报送";
            case SUPERSEDED -> "已被较新的 " + file.newerPath() + " 替代，不计入汇总，无需更正";
            case UNEXPECTED -> "不在" + year + "年报送名单中，未计入汇总";
            default -> "";
        };
    }

    private static void header(ListSheet sheet, WorkbookStyles styles, String... labels) {
        ListSheet.Line line = sheet.line();
        for (String label : labels) {
            line.text(label, styles.header);
        }
    }

    private static void describe(Workbook workbook, Heading heading, String kind) {
        XSSFWorkbook xssf = workbook instanceof SXSSFWorkbook streamed ? streamed.getXSSFWorkbook()
                : (XSSFWorkbook) workbook;
        var properties = xssf.getProperties().getCoreProperties();
        properties.setTitle(title(heading, kind));
        properties.setCreator("Disclosure Rollup");
    }

    private static String title(Heading heading, String kind) {
        return heading.unit() + " " + heading.year() + "年度政府信息公开统计表 " + kind;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
