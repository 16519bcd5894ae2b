package org.disclosurerollup.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes the four output files of a year into a folder (publish them with {@link OutputPublisher}). */
public final class YearOutputWriter {

    private static final String NOT_IN_FILE_NAMES = "[\\\\/:*?\"<>|\\p{Cntrl}]";

    private final WorkbookWriter workbook = new WorkbookWriter();
    private final CsvOutputs csv = new CsvOutputs();

    /** The workbook, {@code totals.csv}, {@code rejected-rows.csv} and {@code submissions.csv}, in that order. */
    public List<Path> writeAll(ExportModel model, Path folder) throws IOException {
        Path workbookFile = folder.resolve(workbookName(model.facts().district(), model.facts().year()));
        Path totals = folder.resolve(CsvOutputs.TOTALS);
        Path rejectedRows = folder.resolve(CsvOutputs.REJECTED_ROWS);
        Path submissions = folder.resolve(CsvOutputs.SUBMISSIONS);
        workbook.write(model, workbookFile);
        csv.writeTotals(model, totals);
        csv.writeRejectedRows(model.problems(), rejectedRows);
        csv.writeSubmissions(model.statuses(), submissions);
        return List.of(workbookFile, totals, rejectedRows, submissions);
    }

    /** {@code 凉州区_2024_政府信息公开统计汇总.xlsx}; characters a file name cannot hold become {@code _}. */
    public static String workbookName(String district, int year) {
        return district.strip().replaceAll(NOT_IN_FILE_NAMES, "_") + "_" + year + "_政府信息公开统计汇总.xlsx";
    }
}
