package org.disclosurerollup.export;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.disclosurerollup.catalog.CatalogCell;
import org.disclosurerollup.export.ExportModel.Scope;
import org.disclosurerollup.export.ExportModel.SubmissionLine;

/** The three CSV files of a year: UTF-8 with a BOM (so Excel reads the Chinese), LF line ends, quoted when needed. */
final class CsvOutputs {

    static final String TOTALS = "totals.csv";
    static final String REJECTED_ROWS = "rejected-rows.csv";
    static final String SUBMISSIONS = "submissions.csv";

    private static final char BOM = '\uFEFF';

    void writeTotals(ExportModel model, Path file) throws IOException {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"year", "scope", "code", "value"});
        String year = Integer.toString(model.facts().year());
        for (Scope scope : model.scopes()) {
            for (CatalogCell cell : model.template().valueCells()) {
                String value = OutputValues.text(cell, OutputValues.total(model, scope.id(), cell.code()));
                lines.add(new String[] {year, scope.id(), cell.code(), value});
            }
        }
        write(file, lines);
    }

    void writeRejectedRows(ExportModel.Lines<ExportModel.ProblemLine> problems, Path file) throws IOException {
        write(file, csv -> {
            csv.writeNext(new String[] {"file", "sheet", "row", "unit", "code", "value", "reason", "message"}, false);
            problems.forEach(problem -> {
                if (problem.rejects()) {
                    String row = problem.row() == null ? "" : problem.row().toString();
                    csv.writeNext(neutralised(problem.file(), problem.sheet(), row, problem.unit(), problem.code(),
                            problem.value(), problem.reason(), problem.message()), false);
                }
            });
        });
    }

    void writeSubmissions(ExportModel.Lines<SubmissionLine> statuses, Path file) throws IOException {
        write(file, csv -> {
            csv.writeNext(new String[] {"unit_code", "unit", "type", "status", "file", "sha256", "accepted",
                "rejected"}, false);
            statuses.forEach(line -> csv.writeNext(neutralised(line.unitCode(), line.unit(), line.unitType(),
                    line.status().id(), line.file(), line.sha256(), Long.toString(line.accepted()),
                    Long.toString(line.rejected())), false));
        });
    }

    private static String[] neutralised(String... fields) {
        String[] line = new String[fields.length];
        for (int i = 0; i < fields.length; i++) {
            line[i] = SpreadsheetText.neutralise(fields[i]);
        }
        return line;
    }

    private static void write(Path file, List<String[]> lines) throws IOException {
        write(file, csv -> lines.forEach(line -> csv.writeNext(line, false)));
    }

    private static void write(Path file, Consumer<ICSVWriter> lines) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             ICSVWriter csv = new CSVWriterBuilder(out).withLineEnd("\n").build()) {
            out.write(BOM);
            lines.accept(csv);
            csv.flush();
            if (csv.checkError()) {
                throw new IOException("写入 " + file + " 失败");
            }
        }
    }
}
