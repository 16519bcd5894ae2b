package org.disclosurerollup.cli;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import java.io.PrintWriter;
import java.time.LocalDateTime;
import java.util.List;
import org.disclosurerollup.export.ExportModel;
import org.disclosurerollup.history.RunLine;
import org.disclosurerollup.history.YearHistory;

/**
 * The run history as CSV for scripts: an English header, the status as an identifier ({@code completed},
 * {@code failed}…), empty cells where a figure is unknown, {@code published} {@code true} for the run in the output
 * folder. Every year's runs in one table, each year newest first; the input folder ends with the year.
 */
final class HistoryCsv {

    static final String[] HEADER = {"run", "status", "started", "ended", "duration_s", "starts", "files", "rows_read",
        "rows_accepted", "rows_rejected", "fingerprint", "input_folder", "published"};

    private final PrintWriter out;

    HistoryCsv(PrintWriter out) {
        this.out = out;
    }

    void print(List<YearHistory> years) {
        ICSVWriter csv = new CSVWriterBuilder(out).withLineEnd("\n").build();
        csv.writeNext(HEADER, false);
        for (YearHistory year : years) {
            for (RunLine run : year.runs()) {
                ExportModel.Counts counts = run.counts();
                csv.writeNext(new String[] {Long.toString(run.runId()), run.statusId(), time(run.firstStart()),
                    time(run.lastEnd()),
                    run.duration() == null ? "" : Long.toString(run.duration().toSeconds()),
                    Integer.toString(run.starts()),
                    counts == null ? "" : Integer.toString(counts.files()),
                    counts == null ? "" : Long.toString(counts.rowsRead()),
                    counts == null ? "" : Long.toString(counts.rowsAccepted()),
                    counts == null ? "" : Long.toString(counts.rowsRejected()),
                    run.fingerprint(), run.inputFolder(), Boolean.toString(run.published())}, false);
            }
        }
        out.flush();
    }

    private static String time(LocalDateTime time) {
        return time == null ? "" : HistoryTable.time(time);
    }
}
