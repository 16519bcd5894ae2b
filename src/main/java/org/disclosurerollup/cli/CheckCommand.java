package org.disclosurerollup.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.disclosurerollup.RollupProperties;
import org.disclosurerollup.catalog.Catalog;
import org.disclosurerollup.checking.FileCheck;
import org.disclosurerollup.checking.SingleFileCheck;
import org.disclosurerollup.intake.FileNameInfo;
import org.disclosurerollup.intake.InputScanner;
import org.disclosurerollup.intake.YearRun;
import org.disclosurerollup.job.RunSetupException;
import org.disclosurerollup.job.YearRunFactory;
import org.disclosurerollup.reading.FileInspection;
import org.disclosurerollup.reading.LowerAreaRun;
import org.disclosurerollup.reading.LowerAreaWorkbooks;
import org.disclosurerollup.reading.SubmissionFileInspector;
import org.disclosurerollup.register.RegisterException;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code check FILE…}: the run's reading and checks for the given files only, without the database or the output
 * folder. Prints each problem as the run lists it, and a line per file saying what the run would make of it.
 */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"检查报表文件：与汇总（run）相同的读取和校验，只针对给出的文件，不用数据库、不写结果文件夹。"
                + "单位可在报送前自查，区里可在汇总前检查。每个问题一行：级别|文件|工作表|行号|单位|代码|原值|原因|说明，"
                + "每个文件最后一行说明读取、采用、退回的行数。",
            "Checks submission files as a run would read and check them, without the database or the output folder: "
                    + "one line per problem (level|file|sheet|row|unit|code|value|reason|message), then one line per "
                    + "file with its rows read, accepted and rejected."},
        footer = {"", "例 (example): bin/rollup check 四坝镇_2024.csv 邮件附件/中坝镇_2024.xlsx",
            "退出状态 (exit status): 0 每个文件都会整份采用，可有警告 (every file would be accepted whole; warnings "
                    + "allowed)  1 有错误或文件无法检查 (problems)  2 用法或配置错误 (bad usage or configuration)"})
final class CheckCommand implements Callable<Integer> {

    static final String HEADER = "级别|文件|工作表|行号|单位|代码|原值|原因|说明";

    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "要检查的报表文件（.csv、.xlsx、.xls），可在任何位置 (submission files, anywhere)")
    List<Path> files;

    @Option(names = "--year", paramLabel = "Y",
            description = "报告年度，如 2024；不写时取自文件名（单位_年度.csv），本程序写的汇总工作簿取自其“运行信息” "
                    + "(reporting year; default: from each file's name, <unit>_<year>.csv, or a consolidated "
                    + "workbook's run facts)")
    Integer year;

    @Mixin
    CommonOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (options.reportedProblem(err)) {
            return ExitStatus.USAGE;
        }
        Map<Path, Integer> years = new LinkedHashMap<>();
        files.stream().filter(file -> notASubmission(file) == null)
                .forEach(file -> years.put(file, year != null ? year : yearOf(file)));
        List<String> withoutYear = files.stream().filter(file -> years.containsKey(file) && years.get(file) == null)
                .map(Path::toString).distinct().toList();
        if (!withoutYear.isEmpty()) {
            err.println("无法从文件名得知年度：" + String.join("、", withoutYear) + "（文件名应为“单位_年度.csv”，如 四坝镇_2024.csv，"
                    + "官方表格也可在表内“年度”一行写明）："
                    + "请用 --year 指定报告年度，如 check --year 2024 …");
            return ExitStatus.USAGE;
        }
        Map<Integer, SingleFileCheck> checks = new HashMap<>();
        try {
            RollupProperties settings = Configuration.load();
            for (Integer fileYear : years.values()) {
                checks.computeIfAbsent(fileYear, y -> newCheck(y, settings));
            }
        } catch (RunSetupException | RegisterException e) {
            err.println(e.getMessage());
            return ExitStatus.USAGE;
        }
        // no context, so no rollup.log: the readers' log lines would only repeat the problems, on standard output
        LoggingSystem.get(CheckCommand.class.getClassLoader())
                .setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.OFF);
        out.println(HEADER);
        int accepted = 0;
        for (Path file : files) {
            accepted += check(file, years.get(file), checks.get(years.get(file)), out) ? 1 : 0;
        }
        if (files.size() > 1) {
            out.println("共 " + files.size() + " 个文件：" + accepted + " 个会整份采用，" + (files.size() - accepted)
                    + " 个有问题");
        }
        return accepted == files.size() ? ExitStatus.COMPLETED : ExitStatus.FAILED;
    }

    /**
     * Checks one file and prints its lines; true when the run would accept it whole. Without {@code --year} its summary
     * says the year it was checked for, read from the file (last year's workbook checks clean for last year).
     */
    private boolean check(Path file, Integer fileYear, SingleFileCheck check, PrintWriter out) {
        String shown = file.toString();
        String notASubmission = notASubmission(file);
        if (notASubmission != null) {
            out.println(shown + "：" + notASubmission);
            return false;
        }
        try {
            SingleFileCheck.Outcome outcome = check.check(file, line -> out.println(line(shown, line)));
            out.println(outcome.summary(year == null ? shown + "（按" + fileYear + "年度检查）" : shown));
            return outcome.acceptedWhole();
        } catch (IOException e) {
            out.println(shown + "：无法读取（" + e.getMessage() + "）：请检查文件是否完整、是否有读取权限");
            return false;
        }
    }

    private String notASubmission(Path file) {
        if (Files.isDirectory(file)) {
            return "这是文件夹，不是报表文件：请指定其中的报表文件，如 " + file.resolve("四坝镇_2024.csv");
        }
        if (!Files.exists(file)) {
            return "找不到这个文件：请检查路径和文件名";
        }
        if (!Files.isRegularFile(file)) {
            return "不是普通文件，不能作为报表读取：请指定报表文件本身";
        }
        if (InputScanner.skips(file.getFileName().toString())) {
            return "汇总时会跳过这个文件（隐藏文件、Office 临时文件“~$…”或系统文件），它不会作为报表读取";
        }
        return null;
    }

    private SingleFileCheck newCheck(int year, RollupProperties settings) {
        Catalog catalog = Catalog.fromClasspath();
        String district = options.district != null ? options.district : settings.district();
        YearRun run = new YearRunFactory(catalog, settings).prepare(year, options.input, options.output,
                options.unitsFile(), district);
        return new SingleFileCheck(run, new FileCheck(run, catalog, new SubmissionFileInspector(catalog),
                settings.maxFileSize()));
    }

    /**
     * The year of a consolidated workbook's run facts, else the year its name gives, else an official form's
     * {@code 年度} line (an attachment saved as 空白.xlsx); null when none says it.
     */
    private static Integer yearOf(Path file) {
        return LowerAreaWorkbooks.runOf(file).map(LowerAreaRun::year)
                .or(() -> Optional.ofNullable(FileNameInfo.parse(file.getFileName().toString()).year()))
                .or(() -> formYear(file))
                .orElse(null);
    }

    private static Optional<Integer> formYear(Path file) {
        return new SubmissionFileInspector(Catalog.fromClasspath()).inspect(file) instanceof FileInspection.Readable readable
                ? readable.formYearNumber() : Optional.empty();
    }

    /** {@code 错误|四坝镇_2024.csv||3|四坝镇|P03@N|abc|type-error|“abc”不是数字：…} */
    static String line(String file, SingleFileCheck.Line line) {
        return String.join("|", line.error() ? "错误" : "警告", field(file), field(line.sheet()),
                line.row() == null ? "" : line.row().toString(), field(line.unit()), field(line.code()),
                field(line.value()), field(line.reason()), field(line.message()));
    }

    /** A field on one line: the separator and line breaks of the text would split it. */
    private static String field(String text) {
        return text == null ? "" : text.replace('|', '｜').replaceAll("\\p{Cntrl}", " ");
    }
}
