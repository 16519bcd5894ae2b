package org.disclosurerollup.cli;

import java.nio.file.Path;
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
}
