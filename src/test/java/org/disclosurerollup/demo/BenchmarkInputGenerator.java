package org.disclosurerollup.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.disclosurerollup.catalog.Catalog;
import org.disclosurerollup.catalog.Template;
import org.disclosurerollup.register.Unit;
import org.disclosurerollup.register.UnitType;

/**
 * Writes a large, valid input for the benchmark: {@code <folder>/units.csv} with N units (one government, one in ten a
 * department, the rest townships) and {@code <folder>/<year>/} with one long-layout CSV per unit holding every value
 * cell of the year's template (V2021: 200 rows per unit). Fixed seed: the same files on every run.
 *
 * With the fourth argument {@code xlsx}, the same rows go into one long-layout workbook instead,
 * {@code <folder>/<year>/长表汇总.xlsx} (one sheet, values as numeric cells), to measure the streamed Excel reading.
 *
 * <p>Arguments: {@code folder [units=1000] [year=2024] [csv|xlsx]}; see {@code bench/benchmark.sh}.
 */
public final class BenchmarkInputGenerator {

    private static final long SEED = 20240101L;
    private static final int DEPARTMENT_EVERY = 10;
    /** No unit and year in the name: the rows say whose they are. */
    static final String WORKBOOK_NAME = "长表汇总.xlsx";

    private BenchmarkInputGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/bench/input");
        int units = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int year = args.length > 2 ? Integer.parseInt(args[2]) : 2024;
        boolean xlsx = args.length > 3 && args[3].equals("xlsx");
        long rows = xlsx ? generateWorkbook(folder, units, year) : generate(folder, units, year);
        System.out.printf("基准测试输入 %s：%d 个单位，%d 个文件，%d 行数据%n", folder, units, xlsx ? 1 : units, rows);
    }

    private static Template templateOf(int year) {
        return Catalog.fromClasspath().templateFor(year)
                .orElseThrow(() -> new IllegalArgumentException(year + " 年没有对应的统计表格式"));
    }

    /** Writes the register and empties the year folder; returns the year folder. */
    private static Path emptyYearFolder(Path folder, List<Unit> units, int year) throws IOException {
        Files.createDirectories(folder);
        RegisterCsv.write(folder.resolve("units.csv"), units);
        Path yearFolder = folder.resolve(String.valueOf(year));
        Folders.deleteRecursively(yearFolder);
        return Files.createDirectories(yearFolder);
    }

    /** Writes the register and the year's files; returns the number of data rows written. */
    static long generate(Path folder, int unitCount, int year) throws IOException {
        Template template = templateOf(year);
        List<Unit> units = units(unitCount);
        Path yearFolder = emptyYearFolder(folder, units, year);

        Random random = new Random(SEED);
        long rows = 0;
        for (Unit unit : units) {
            Scale scale = unit.type() == UnitType.GOVERNMENT ? Scale.CITY : Scale.SMALL;
            DemoSubmission submission = DemoSubmission.of(unit.name(), year, template,
                    ConsistentFigures.generate(template, random, scale));
            Files.write(yearFolder.resolve(unit.name() + "_" + year + ".csv"),
                    LongCsvLayout.standard().render(submission.rows()));
            rows += submission.rows().size();
        }
        return rows;
    }

    /** Writes the register and one workbook holding every unit's rows; returns the number of data rows written. */
    static long generateWorkbook(Path folder, int unitCount, int year) throws IOException {
        Template template = templateOf(year);
        List<Unit> units = units(unitCount);
        Path yearFolder = emptyYearFolder(folder, units, year);

        Random random = new Random(SEED);
        long rows = 0;
        try (SXSSFWorkbook book = new SXSSFWorkbook(new XSSFWorkbook(), 100, true, true);
             OutputStream out = Files.newOutputStream(yearFolder.resolve(WORKBOOK_NAME))) {
            Sheet sheet = book.createSheet("数据");
            text(sheet.createRow(0), "单位", "年度", "指标代码", "指标名称", "数值");
            for (Unit unit : units) {
                Scale scale = unit.type() == UnitType.GOVERNMENT ? Scale.CITY : Scale.SMALL;
                DemoSubmission submission = DemoSubmission.of(unit.name(), year, template,
                        ConsistentFigures.generate(template, random, scale));
                for (LongRow longRow : submission.rows()) {
                    Row row = sheet.createRow((int) ++rows);
                    text(row, longRow.unit());
                    row.createCell(1).setCellValue(year);
                    row.createCell(2).setCellValue(longRow.code());
                    row.createCell(3).setCellValue(longRow.indicator());
                    row.createCell(4).setCellValue(Double.parseDouble(longRow.value()));
                }
            }
            book.write(out);
            book.dispose();
        }
        return rows;
    }

    private static void text(Row row, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i]);
        }
    }

    private static List<Unit> units(int count) {
        List<Unit> units = new ArrayList<>();
        for (int number = 1; number <= count; number++) {
            String code = String.format("B%04d", number);
            if (number == 1) {
                units.add(new Unit(code, "基准区人民政府", UnitType.GOVERNMENT, List.of("基准区政府"), null, null));
            } else if (number % DEPARTMENT_EVERY == 0) {
                units.add(new Unit(code, String.format("基准区第%04d局", number), UnitType.DEPARTMENT, List.of(), null, null));
            } else {
                units.add(new Unit(code, String.format("基准第%04d镇", number), UnitType.TOWNSHIP,
                        List.of(String.format("基准第%04d镇人民政府", number)), null, null));
            }
        }
        return units;
    }
}
