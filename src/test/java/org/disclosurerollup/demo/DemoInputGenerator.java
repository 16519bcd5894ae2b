package org.disclosurerollup.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.disclosurerollup.catalog.Catalog;
import org.disclosurerollup.register.Unit;

/**
 * Writes the shipped demo input {@code input/2017} (V2014), {@code input/2023} and {@code input/2024} (V2021) from scratch, the same
 * bytes on every run. Reads the register {@code input/units.csv} and never changes it. Beside the input folder, also the
 * walk-through one level up, {@code demo/民勤县} and {@code demo/武威市} ({@link DemoWuwei}).
 *
 * <p>Regenerate with: {@code mvn -q -Pdemo-input test-compile exec:java}
 * (another folder: {@code -Dexec.args=DIR}, which must hold {@code units.csv}).
 */
public final class DemoInputGenerator {

    private DemoInputGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path input = Path.of(args.length > 0 ? args[0] : "input");
        generate(input).forEach(System.out::println);
        DemoWuwei.generate(input.toAbsolutePath().resolveSibling("demo"),
                Path.of("src/test/resources/register/wuwei-areas.csv")).forEach(System.out::println);
    }

    /** Writes both years and returns a short summary, one line per year and per file worth noticing. */
    static List<String> generate(Path input) throws IOException {
        List<Unit> register = RegisterCsv.read(input.resolve("units.csv"));
        Catalog catalog = Catalog.fromClasspath();
        List<String> summary = new ArrayList<>();
        summary.addAll(writeYear(input, new DemoYear(Demo2017.YEAR, catalog.templateFor(Demo2017.YEAR).orElseThrow(),
                register), Demo2017::files));
        DemoYear year2024 = new DemoYear(Demo2024.YEAR, catalog.templateFor(Demo2024.YEAR).orElseThrow(), register);
        summary.addAll(writeYear(input, new DemoYear(Demo2023.YEAR, catalog.templateFor(Demo2023.YEAR).orElseThrow(),
                register), year -> Demo2023.files(year, year2024)));
        summary.addAll(writeYear(input, year2024, Demo2024::files));
        return summary;
    }

    private static List<String> writeYear(Path input, DemoYear year, Function<DemoYear, List<DemoFile>> plan)
            throws IOException {
        Folders.deleteRecursively(input.resolve(String.valueOf(year.year())));
        List<DemoFile> files = plan.apply(year);
        for (DemoFile file : files) {
            Path target = input.resolve(file.path());
            Files.createDirectories(target.getParent());
            Files.write(target, file.content());
        }
        List<String> missing = missing(year, files.stream().flatMap(file -> file.units().stream()).toList());
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%s（%s）：写入 %d 个文件、%d 行数据；应报 %d 个单位，缺报 %d 个：%s",
                input.resolve(String.valueOf(year.year())), year.template().id(), files.size(),
                files.stream().mapToInt(DemoFile::rows).sum(), year.expected().size(), missing.size(),
                String.join("、", missing)));
        files.stream().filter(file -> !file.note().isEmpty())
                .forEach(file -> lines.add("  " + file.path() + " — " + file.note()));
        return lines;
    }

    private static List<String> missing(DemoYear year, Collection<String> covered) {
        return year.expected().stream().map(Unit::name).filter(name -> !covered.contains(name)).toList();
    }
}
