package org.disclosurerollup.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.disclosurerollup.catalog.Catalog;
import org.disclosurerollup.catalog.Template;
import org.disclosurerollup.register.Unit;

/**
 * Writes a province-size input for the benchmark (see {@code bench/benchmark.sh}): {@code <folder>/units.csv} with N
 * units ({@link BenchUnits}) and {@code <folder>/<year>/} holding every value cell of the year's template for each unit
 * (V2021: 200 cells, so 1,000 units are 200,000 cells), in one of these shapes:
 * <ul>
 *   <li>{@code multi}: long-layout CSV files (UTF-8) of {@value #UNITS_PER_MULTI_FILE} units each; DuckDB reads them as
 *       they are;</li>
 *   <li>{@code mixed}: one file per unit ({@link MixedFile});</li>
 *   <li>{@code workbook}: one long-layout {@code .xlsx} of all units, {@value #WORKBOOK_NAME}.</li>
 * </ul>
 * DuckDB cannot read the last two: for them the same cells also go into one plain CSV, {@value #DUCKDB_CELLS}.
 * Streams: one file's figures at a time. Every unit's figures come from its own fixed seed and pass every
 * {@code error} rule, so the files are the same on every run and every row is accepted. {@value #MARKER} is written
 * last and says what the folder holds, so that a complete input can be reused.
 *
 * <p>Arguments: {@code folder [units=1000] [year=2024] [multi|mixed|workbook]}.
 */
public final class BenchmarkInputGenerator {

    static final int UNITS_PER_MULTI_FILE = 100;
    static final String MARKER = "generated.txt";
    static final String DUCKDB_CELLS = "duckdb/cells.csv";
    /** No unit and year in the name: the rows say whose they are. */
    static final String WORKBOOK_NAME = "长表汇总.xlsx";

    private static final long SEED = 20240101L;
    private static final int PROGRESS_EVERY = 1000;

    /** What a generated folder holds; {@link #describe()} is the marker file's line. */
    public record GeneratedInput(InputShape shape, int units, int year, long cells, int files) {

        String describe() {
            return "shape=" + shape.id() + " units=" + units + " year=" + year + " cells=" + cells + " files=" + files;
        }
    }

    private BenchmarkInputGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/bench/input");
        int units = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int year = args.length > 2 ? Integer.parseInt(args[2]) : 2024;
        InputShape shape = args.length > 3 ? InputShape.ofId(args[3]) : InputShape.MULTI;
        GeneratedInput input = generate(folder, units, year, shape);
        System.out.printf("基准测试输入 %s：%s%n", folder, input.describe());
    }

    public static GeneratedInput generate(Path folder, int unitCount, int year, InputShape shape) throws IOException {
        Template template = Catalog.fromClasspath().templateFor(year)
                .orElseThrow(() -> new IllegalArgumentException(year + " 年没有对应的统计表格式"));
        BenchUnits units = new BenchUnits(unitCount);
        Path yearFolder = startOver(folder, year);
        RegisterCsv.write(folder.resolve("units.csv"), units.all());

        GeneratedInput input = switch (shape) {
            case MULTI -> writeMulti(yearFolder, template, units, year);
            case MIXED -> writeMixed(yearFolder, folder.resolve(DUCKDB_CELLS), template, units, year);
            case WORKBOOK -> writeWorkbook(yearFolder.resolve(WORKBOOK_NAME), folder.resolve(DUCKDB_CELLS), template,
                    units, year);
        };
        Files.writeString(folder.resolve(MARKER), input.describe() + "\n", StandardCharsets.UTF_8);
        return input;
    }

    /** Removes what an earlier generation left (only that: the folder may hold other things); returns the year folder. */
    private static Path startOver(Path folder, int year) throws IOException {
        Files.deleteIfExists(folder.resolve(MARKER));
        Files.deleteIfExists(folder.resolve(DUCKDB_CELLS));
        Path yearFolder = folder.resolve(String.valueOf(year));
        Folders.deleteRecursively(yearFolder);
        return Files.createDirectories(yearFolder);
    }

    private static GeneratedInput writeMulti(Path yearFolder, Template template, BenchUnits units, int year)
            throws IOException {
        long cells = 0;
        int files = 0;
        for (int first = 1; first <= units.count(); first += UNITS_PER_MULTI_FILE) {
            int last = Math.min(units.count(), first + UNITS_PER_MULTI_FILE - 1);
            List<LongRow> rows = new ArrayList<>();
            for (int number = first; number <= last; number++) {
                rows.addAll(rows(template, units.unit(number), number, year));
                progress(number, units.count());
            }
            // no unit and year in the name: the rows say whose they are
            Files.write(yearFolder.resolve(String.format("长表汇总-%04d.csv", ++files)), LongCsvLayout.standard().render(rows));
            cells += rows.size();
        }
        return new GeneratedInput(InputShape.MULTI, units.count(), year, cells, files);
    }

    private static GeneratedInput writeMixed(Path yearFolder, Path plainCells, Template template, BenchUnits units,
                                             int year) throws IOException {
        long cells = 0;
        OfficialForms forms = new OfficialForms(template, year);
        try (PlainCellsCsv plain = new PlainCellsCsv(plainCells)) {
            for (int number = 1; number <= units.count(); number++) {
                Unit unit = units.unit(number);
                List<LongRow> rows = rows(template, unit, number, year);
                MixedFile kind = MixedFile.of(number);
                Files.write(yearFolder.resolve(kind.fileName(unit, year)), kind.render(forms, unit, year, rows));
                plain.append(unit.code(), rows);
                cells += rows.size();
                progress(number, units.count());
            }
        }
        return new GeneratedInput(InputShape.MIXED, units.count(), year, cells, units.count());
    }

    private static GeneratedInput writeWorkbook(Path workbook, Path plainCells, Template template, BenchUnits units,
                                                int year) throws IOException {
        long cells = 0;
        try (StreamedLongWorkbook book = new StreamedLongWorkbook(workbook);
             PlainCellsCsv plain = new PlainCellsCsv(plainCells)) {
            for (int number = 1; number <= units.count(); number++) {
                Unit unit = units.unit(number);
                List<LongRow> rows = rows(template, unit, number, year);
                book.append(rows);
                plain.append(unit.code(), rows);
                cells += rows.size();
                progress(number, units.count());
            }
        }
        return new GeneratedInput(InputShape.WORKBOOK, units.count(), year, cells, 1);
    }

    /** The unit's consistent figures, from a seed of its own: unit 7 has the same figures in every size of input. */
    private static List<LongRow> rows(Template template, Unit unit, int number, int year) {
        Random random = new Random(SEED * 1_000_003L + number);
        return DemoSubmission.of(unit.name(), year, template,
                ConsistentFigures.generate(template, random, BenchUnits.scaleOf(unit))).rows();
    }

    private static void progress(int number, int count) {
        if (number % PROGRESS_EVERY == 0 && number < count) {
            System.out.printf("  已生成 %d / %d 个单位%n", number, count);
        }
    }
}
