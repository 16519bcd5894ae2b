package org.disclosurerollup.export;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.util.FileSystemUtils;

/**
 * LibreOffice headless, converting workbooks as a clerk's spreadsheet program would open and save them. Each use has
 * a profile of its own (parallel runs do not clash), set to recalculate every formula of an {@code .xlsx} on loading,
 * as Excel does with a workbook marked for recalculation. Needs Debian's {@code libreoffice-calc-nogui}; fails (does
 * not skip) without it.
 */
final class LibreOffice {

    private static final long TIMEOUT_SECONDS = 180;
    private static final String ALWAYS_RECALCULATE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            <item oor:path="/org.openoffice.Office.Calc/Formula/Load">\
            <prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
            </oor:items>
            """;

    private LibreOffice() {
    }

    /**
     * Converts the files to {@code format} ({@code xlsx}, {@code pdf}) in one run, into {@code outDir} under their own
     * names; returns the converted files in the same order.
     */
    static List<Path> convert(String format, Path outDir, List<Path> files) throws IOException, InterruptedException {
        Path soffice = soffice();
        Path profile = Files.createTempDirectory("lo-profile-");
        Files.createDirectories(profile.resolve("user"));
        Files.writeString(profile.resolve("user/registrymodifications.xcu"), ALWAYS_RECALCULATE);
        Files.createDirectories(outDir);
        List<String> command = new ArrayList<>(List.of(soffice.toString(),
                "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore", "--convert-to", format,
                "--outdir", outDir.toString()));
        files.forEach(file -> command.add(file.toString()));
        Path log = outDir.resolve("soffice.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                fail("LibreOffice 转换超过 " + TIMEOUT_SECONDS + " 秒 (timed out): " + Files.readString(log));
            }
        } finally {
            FileSystemUtils.deleteRecursively(profile);
        }
        List<Path> converted = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            Path out = outDir.resolve(name.substring(0, name.lastIndexOf('.') + 1) + format);
            if (!Files.isRegularFile(out)) {
                fail("LibreOffice 没有写出 " + out + " (not converted): " + Files.readString(log));
            }
            converted.add(out);
        }
        return converted;
    }

    private static Path soffice() {
        for (String folder : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            Path candidate = Path.of(folder, "soffice");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return fail("需要 LibreOffice 才能运行自查公式的测试 (LibreOffice is needed): "
                + "apt-get install -y libreoffice-calc-nogui");
    }
}
