package org.disclosurerollup.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.disclosurerollup.demo.BenchmarkInputGenerator;
import org.disclosurerollup.demo.InputShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} while a province is loaded: 2,000 units (400,000 cells) in 20 long CSV files of 100 units, some rows
 * in them rejected and some naming no unit of the register. The command is killed twice while its two threads read
 * and store files (two files a commit), then run again: it finishes the same run, with the outputs of an uninterrupted
 * run and, for every file, its rows read equal to those accepted plus those rejected plus those of no known unit.
 */
class ProvinceScaleKillTests {

    private static final int YEAR = 2024;
    private static final int UNITS = 2_000;
    /** Rows added to two of the files: a word for a number, an unknown code, a unit the register does not know. */
    private static final List<String> SPOILED_ROWS = List.of("十二", "ZZ99", "无名乡");

    @TempDir
    static Path work;
    private static Path input;
    private static Path baselineOutput;
    private static Path baselineData;
    private static String baselineRows;

    @BeforeAll
    static void uninterruptedRun() throws Exception {
        input = work.resolve("input");
        BenchmarkInputGenerator.generate(input, UNITS, YEAR, InputShape.MULTI);
        spoil(input.resolve("2024/长表汇总-0003.csv"));
        spoil(input.resolve("2024/长表汇总-0017.csv"));
        baselineOutput = work.resolve("baseline/output");
        baselineData = work.resolve("baseline/data");
        ChildRun baseline = ChildRun.start(YEAR, input, baselineOutput, baselineData, null);
        assertThat(baseline.exitStatus()).as(baseline.output()).isZero();
        baselineRows = rowsLine(baseline);
        assertThat(baselineRows).isEqualTo("  数据行 读取 400006 = 采用 400000 + 退回 6");
    }

    @Test
    void killedTwiceWhileReadingTheSameCommandFinishesTheRunWithTheUninterruptedOutputs() throws Exception {
        Path output = work.resolve("killed/output");
        Path data = work.resolve("killed/data");
        ChildRun.start(YEAR, input, output, data,
                new ChildRun.Point("readSubmissions, the 3rd file stored", "UPDATE input_file SET status", 3))
                .awaitStop().kill();
        ChildRun.start(YEAR, input, output, data,
                new ChildRun.Point("readSubmissions, the 5th file stored after resuming", "UPDATE input_file SET status",
                        5)).awaitStop().kill();
        assertThat(filesStored(data)).as("files stored before the last kill").isBetween(3L, 19L);

        ChildRun rerun = ChildRun.start(YEAR, input, output, data, null);

        assertThat(rerun.exitStatus()).as(rerun.output()).isZero();
        assertThat(rerun.output()).contains("汇总完成（运行 #1）");
        assertThat(rowsLine(rerun)).isEqualTo(baselineRows);
        SameOutputs.assertSame(output, baselineOutput);
        assertThat(filesWhoseRowsDoNotAddUp(data)).isEmpty();
        assertThat(filesWhoseRowsDoNotAddUp(baselineData)).isEmpty();
        assertThat(submissions(data)).isEqualTo(UNITS);
    }

    /** Appends {@link #SPOILED_ROWS} for the file's first unit (and one of no unit). */
    private static void spoil(Path file) throws IOException {
        String unit = Files.readAllLines(file, StandardCharsets.UTF_8).get(1).split(",")[0];
        String rows = unit + ",2024,P02@M,规章/本年制发件数," + SPOILED_ROWS.get(0) + "\n"
                + unit + ",2024," + SPOILED_ROWS.get(1) + ",,1\n"
                + SPOILED_ROWS.get(2) + ",2024,P02@M,规章/本年制发件数,1\n";
        Files.writeString(file, rows, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private static String rowsLine(ChildRun run) {
        return run.output().lines().filter(line -> line.startsWith("  数据行")).findFirst().orElseThrow();
    }

    private static long filesStored(Path data) throws SQLException {
        return single(data, "SELECT COUNT(*) FROM input_file WHERE status <> 'registered'");
    }

    private static long submissions(Path data) throws SQLException {
        return single(data, "SELECT COUNT(*) FROM submission WHERE status = 'accepted'");
    }

    /** Files whose rows read are not their submissions' rows accepted and rejected plus their rows of no known unit. */
    private static List<String> filesWhoseRowsDoNotAddUp(Path data) throws SQLException {
        List<String> files = new ArrayList<>();
        try (Connection db = database(data); Statement statement = db.createStatement();
             ResultSet result = statement.executeQuery("""
                     SELECT f.path, f.rows_read, f.rows_unattributed,
                            (SELECT COALESCE(SUM(s.rows_accepted + s.rows_rejected), 0) FROM submission s
                              WHERE s.run_id = f.run_id AND s.file_id = f.file_id)
                     FROM input_file f ORDER BY f.file_id""")) {
            while (result.next()) {
                if (result.getLong(2) != result.getLong(3) + result.getLong(4)) {
                    files.add(result.getString(1) + ": " + result.getLong(2) + " ≠ " + result.getLong(4) + " + "
                            + result.getLong(3));
                }
            }
        }
        return files;
    }

    private static long single(Path data, String sql) throws SQLException {
        try (Connection db = database(data); Statement statement = db.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static Connection database(Path data) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + data.toAbsolutePath() + "/rollup;TRACE_LEVEL_FILE=0",
                "sa", "");
    }
}
