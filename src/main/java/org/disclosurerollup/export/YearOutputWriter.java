package org.disclosurerollup.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.disclosurerollup.report.AnnualReportDraft;

/** Writes the four output files of a year into a folder (publish them with {@link OutputPublisher}). */
public final class YearOutputWriter {

    private static final String NOT_IN_FILE_NAMES = "[\\\\/:*?\"<>|\\p{Cntrl}]";

    private final WorkbookWriter workbook = new WorkbookWriter();
    private final CsvOutputs csv = new CsvOutputs();
    private final AnnualReportDraft report = new AnnualReportDraft();

    /**
     * The workbook, {@code totals.csv}, {@code rejected-rows.csv}, {@code submissions.csv} and the draft of the annual
     * report, in that order.
     */
    public List<Path> writeAll(ExportModel model, Path folder) throws IOException {
        Path workbookFile = folder.resolve(workbookName(model.facts().district(), model.facts().year()));
        Path totals = folder.resolve(CsvOutputs.TOTALS);
        Path rejectedRows = folder.resolve(CsvOutputs.REJECTED_ROWS);
        Path submissions = folder.resolve(CsvOutputs.SUBMISSIONS);
        workbook.write(model, workbookFile);
        csv.writeTotals(model, totals);
        csv.writeRejectedRows(model.problems(), rejectedRows);
        csv.writeSubmissions(model.statuses(), submissions);
        Path report = folder.resolve(reportName(model.facts().district(), model.facts().year()));
        this.report.write(model.report(), report);
        return List.of(workbookFile, totals, rejectedRows, submissions, report);
    }

    /** {@code 凉州区_2024_政府信息公开统计汇总.xlsx}; characters a file name cannot hold become {@code _}. */
    public static String workbookName(String district, int year) {
        return safe(district) + "_" + year + "_政府信息公开统计汇总.xlsx";
    }

    /** {@code 凉州区_2024_政府信息公开工作年度报告（草稿）.docx}. */
    public static String reportName(String district, int year) {
        return AnnualReportDraft.fileName(safe(district), year);
    }

    /** A name as part of a file name: characters a file name cannot hold become {@code _}. */
    static String safe(String name) {
        return name.strip().replaceAll(NOT_IN_FILE_NAMES, "_");
    }
}
