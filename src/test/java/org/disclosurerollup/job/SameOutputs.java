package org.disclosurerollup.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The outputs of a year compared with an uninterrupted run's: the three CSVs byte for byte, the workbook cell for cell
 * except when each run started and exported (sheet 运行信息), and nothing else left in the output folder.
 */
final class SameOutputs {

    static final String WORKBOOK = "凉州区_2024_政府信息公开统计汇总.xlsx";
    private static final List<String> CSV_FILES = List.of("totals.csv", "rejected-rows.csv", "submissions.csv");
    /**
     * The run times, started (B6) and exported (B7), and the input fingerprint (B18), which names the output folder:
     * each run compared writes into a folder of its own.
     */
    private static final List<String> RUN_TIMES = List.of("运行信息!B6", "运行信息!B7", "运行信息!B18");
    /** The run number, which differs when the same input was run afresh as a new run. */
    static final String RUN_NUMBER = "运行信息!B5";

    private SameOutputs() {
    }

    /** @param alsoDiffering cells that differ too (e.g. {@link #RUN_NUMBER}) */
    static void assertSame(Path output, Path baselineOutput, String... alsoDiffering) throws IOException {
        for (String csv : CSV_FILES) {
            assertThat(Files.mismatch(output.resolve("2024").resolve(csv), baselineOutput.resolve("2024").resolve(csv)))
                    .as(csv).isEqualTo(-1L);
        }
        Map<String, String> cells = cells(output.resolve("2024").resolve(WORKBOOK));
        Map<String, String> baselineCells = cells(baselineOutput.resolve("2024").resolve(WORKBOOK));
        assertThat(cells.keySet()).containsExactlyElementsOf(baselineCells.keySet());
        List<String> differing = cells.keySet().stream()
                .filter(cell -> !cells.get(cell).equals(baselineCells.get(cell))).toList();
        List<String> expected = new ArrayList<>(List.of(alsoDiffering));
        expected.addAll(RUN_TIMES);
        assertThat(differing).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(List.of(cells.get("运行信息!A6"), cells.get("运行信息!A7"), cells.get("运行信息!A18")))
                .containsExactly("STRING:开始时间", "STRING:导出时间", "STRING:输入指纹");
        try (Stream<Path> entries = Files.list(output)) {
            assertThat(entries.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("2024", ".2024.lock");
        }
    }

    /** Every cell of every sheet, by {@code sheet!A1}, as text (numbers as Excel stores them, formulas as written). */
    static Map<String, String> cells(Path workbook) throws IOException {
        Map<String, String> cells = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(workbook); Workbook book = WorkbookFactory.create(in)) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        cells.put(sheet.getSheetName() + "!" + cell.getAddress().formatAsString(), cell.getCellType()
                                + ":" + cell);
                    }
                }
            }
        }
        return cells;
    }
}
