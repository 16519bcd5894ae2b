package org.disclosurerollup.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options every command takes. */
final class CommonOptions {

    @Option(names = "--input", paramLabel = "DIR", defaultValue = "input",
            description = "报表所在文件夹，每年一个子文件夹 DIR/<年度>/ (submissions: DIR/<year>/…; default: ${DEFAULT-VALUE})")
    Path input;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "output",
            description = "结果文件夹 DIR/<年度>/ (results; default: ${DEFAULT-VALUE})")
    Path output;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "内置数据库及运行记录 (embedded database and run history; default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--units", paramLabel = "FILE",
            description = "单位名单 (unit register; default: <input>/units.csv)")
    Path units;

    @Option(names = "--district", paramLabel = "NAME",
            description = "区县名称，用于标题和文件名 (district name for titles and file names; default: from configuration)")
    String district;

    Path unitsFile() {
        return units != null ? units : input.resolve("units.csv");
    }

    /**
     * A folder option that names an existing file, or a blank district name (titles and file names need one): a
     * configuration error to report before anything runs.
     */
    /** Prints the options' problem, if any, as one line: the command then exits with {@link ExitStatus#USAGE}. */
    boolean reportedProblem(PrintWriter err) {
        Optional<String> problem = optionProblem();
        problem.ifPresent(err::println);
        return problem.isPresent();
    }

    Optional<String> optionProblem() {
        if (district != null && district.isBlank()) {
            return Optional.of("--district 不能为空：请写区县名称，如 --district 凉州区，或不写此项（用配置中的名称）");
        }
        for (Map.Entry<String, Path> folder : Map.of("--output", output, "--data", data).entrySet()) {
            if (Files.exists(folder.getValue()) && !Files.isDirectory(folder.getValue())) {
                return Optional.of(folder.getKey() + " 指定的 " + folder.getValue() + " 是一个文件，不是文件夹："
                        + "请指定一个文件夹（不存在时会自动创建）");
            }
        }
        return Optional.empty();
    }
}
