package org.disclosurerollup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/rollup}, the launcher the README and the guides use, on the packaged jar (an integration test: it runs
 * after {@code package}): it unpacks the jar, makes the class-data archive from the first run, uses it from then on,
 * and passes the command's output and exit status through untouched.
 */
@EnabledOnOs(value = {OS.LINUX, OS.MAC},
        disabledReason = "bin/rollup is a POSIX shell script; Windows runs bin\\rollup.cmd")
class LauncherIT {

    @TempDir
    static Path work;
    private static Path jar;
    private static Path input;

    @BeforeAll
    static void copyTheJarAndTheDemoYear() throws IOException {
        jar = work.resolve("app/disclosure-rollup.jar");
        Files.createDirectories(jar.getParent());
        Files.copy(Path.of("target/disclosure-rollup.jar"), jar);
        input = work.resolve("input");
        Files.createDirectories(input.resolve("2024"));
        Files.copy(Path.of("input/units.csv"), input.resolve("units.csv"));
        for (String file : List.of("四坝镇_2024.csv", "中坝镇_2024.csv", "五和镇_2024.xlsx")) {
            Files.copy(Path.of("input/2024").resolve(file), input.resolve("2024").resolve(file));
        }
    }

    @Test
    void theFirstRunMakesTheArchiveTheNextUsesItAndBothSayWhatJavaJarWouldSay() throws Exception {
        Path archive = work.resolve("app/disclosure-rollup-app/classes.jsa");

        Launched first = launch("run", "--year", "2024", "--input", input.toString(), "--output",
                work.resolve("output").toString(), "--data", work.resolve("data").toString());

        assertThat(first.status()).as(first.lines().toString()).isZero();
        assertThat(first.lines()).contains("凉州区 2024年度（V2021）：汇总完成（运行 #1）",
                "  数据行 读取 600 = 采用 598 + 退回 2");
        assertThat(archive).isRegularFile();
        try (var leftovers = Files.list(archive.getParent())) {
            assertThat(leftovers.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("classes.jsa", "disclosure-rollup.jar", "lib", "stamp");
        }

        Launched second = launch("run", "--year", "2024", "--input", input.toString(), "--output",
                work.resolve("output").toString(), "--data", work.resolve("data").toString());

        assertThat(second.status()).isZero();
        assertThat(second.lines()).first().isEqualTo(
                "凉州区 2024年度（V2021）：输入自运行 #1 以来没有变化，未重新汇总（no change since run 1）");
        assertThat(second.lines()).noneMatch(line -> line.contains("[warning]") || line.contains("cds"));

        Launched badUsage = launch("run", "--year", "24");
        assertThat(badUsage.status()).isEqualTo(2);
    }

    @Test
    void withoutTheJarItSaysHowToBuildItAndExitsTwo() throws Exception {
        Launched launched = launch(work.resolve("nowhere/disclosure-rollup.jar"), "--version");

        assertThat(launched.status()).isEqualTo(2);
        assertThat(launched.lines()).singleElement().asString().startsWith("找不到 " + work.resolve("nowhere"))
                .endsWith("请先在 " + Path.of("").toAbsolutePath() + " 中运行 ./mvnw -B -q -DskipTests package (build the jar first)");
    }

    private record Launched(int status, List<String> lines) {
    }

    private static Launched launch(String... arguments) throws Exception {
        return launch(jar, arguments);
    }

    private static Launched launch(Path jarToRun, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of("bin/rollup").toAbsolutePath().toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).directory(work.toFile());
        builder.environment().put("ROLLUP_JAR", jarToRun.toString());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Launched(process.exitValue(), output.lines().toList());
    }
}
