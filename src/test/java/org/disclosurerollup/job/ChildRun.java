package org.disclosurerollup.job;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.springframework.context.ApplicationContextInitializer;

/**
 * The real command line, {@code run --year <year>}, in a child JVM on the test class path: optionally stopped at a
 * planned statement ({@link PlannedStop}), then killed (SIGKILL), terminated (SIGTERM) or waited for.
 */
final class ChildRun {

    /** Where to stop: the SQL the statement contains, and which execution of it. */
    record Point(String name, String statement, int at) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final int FILES_PER_COMMIT = 2;
    private static final int READING_THREADS = 2;

    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final List<String> errorLines = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Void> stopReached = new CompletableFuture<>();
    private final List<Thread> readers = new CopyOnWriteArrayList<>();

    private ChildRun(Process process) {
        this.process = process;
        collect(process.getInputStream(), true);
        collect(process.getErrorStream(), false);
    }

    static ChildRun start(int year, Path input, Path output, Path data, Point stopAt) throws IOException {
        return start(year, input, output, data, stopAt, Map.of(), List.of(), List.of());
    }

    /**
     * @param environment e.g. {@code SPRING_DATASOURCE_URL} for a database server
     * @param properties  more {@code -D} settings of the child JVM ({@code planned.pause} makes it pause, see
     *                    {@link PlannedStop})
     * @param arguments   more arguments of the command ({@code --progress})
     */
    static ChildRun start(int year, Path input, Path output, Path data, Point stopAt, Map<String, String> environment,
                          List<String> properties, List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-Dfile.encoding=UTF-8",
                "-Drollup.reading.files-per-commit=" + FILES_PER_COMMIT, "-Drollup.reading.threads=" + READING_THREADS));
        properties.forEach(property -> command.add("-D" + property));
        boolean paused = properties.stream().anyMatch(property -> property.startsWith("planned."));
        if (stopAt == null && !paused) {
            command.addAll(List.of("-cp", System.getProperty("java.class.path")));
        } else {
            command.addAll(List.of("-cp", plannedStopFactories(data) + File.pathSeparator
                    + System.getProperty("java.class.path")));
            if (stopAt != null) {
                command.add("-Dplanned.stop.statement=" + stopAt.statement());
                command.add("-Dplanned.stop.at=" + stopAt.at());
            }
        }
        command.addAll(List.of("org.disclosurerollup.DisclosureRollupApplication", "run",
                "--year", Integer.toString(year), "--input", input.toString(), "--output", output.toString(),
                "--data", data.toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        return new ChildRun(builder.start());
    }

    /**
     * A class path entry that registers {@link PlannedStop} with Spring Boot, for this child only (Boot 4 no longer
     * reads {@code context.initializer.classes}).
     */
    private static Path plannedStopFactories(Path data) throws IOException {
        Path folder = data.resolveSibling(data.getFileName() + "-planned-stop");
        Path factories = folder.resolve("META-INF/spring.factories");
        Files.createDirectories(factories.getParent());
        Files.writeString(factories, ApplicationContextInitializer.class.getName() + "=" + PlannedStop.class.getName()
                + "\n");
        return folder;
    }

    /** Waits until the child has reached its planned point and blocks there. */
    ChildRun awaitStop() throws Exception {
        try {
            CompletableFuture.anyOf(stopReached, process.onExit()).get(120, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            process.destroyForcibly();
            throw new AssertionError("the child never reached its planned point:\n" + output(), e);
        }
        if (!stopReached.isDone()) {
            throw new AssertionError("the child ended (" + process.exitValue() + ") before its planned point:\n"
                    + output());
        }
        return this;
    }

    /** Waits until the child prints a line that contains {@code text} (e.g. a pause point, a progress line). */
    ChildRun awaitLine(String text) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (lines.stream().noneMatch(line -> line.contains(text))) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                if (process.isAlive()) {
                    process.destroyForcibly();
                }
                throw new AssertionError("the child never printed \"" + text + "\":\n" + output());
            }
            Thread.sleep(50);
        }
        return this;
    }

    /** Lets a child paused at a planned point ({@code planned.pause}) go on. */
    void resume() throws IOException {
        process.getOutputStream().write('\n');
        process.getOutputStream().flush();
    }

    /** What the child printed on standard error. */
    List<String> errorLines() {
        return List.copyOf(errorLines);
    }

    /** SIGKILL, as {@code kill -9} or a power cut. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM, as a service manager stopping the process; returns the exit status. */
    int terminate() throws InterruptedException {
        process.toHandle().destroy(); // unlike Process.destroy, leaves the child's output to be read to its end
        return exitStatus();
    }

    int exitStatus() throws InterruptedException {
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the child did not end:\n" + output());
        }
        for (Thread reader : readers) {
            reader.join(TimeUnit.SECONDS.toMillis(10));
        }
        return process.exitValue();
    }

    /** Everything the child printed (standard output and error, interleaved as read). */
    String output() {
        return String.join("\n", lines);
    }

    private void collect(InputStream stream, boolean watchForStop) {
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                    if (!watchForStop) {
                        errorLines.add(line);
                    }
                    if (watchForStop && line.equals(PlannedStop.MARKER)) {
                        stopReached.complete(null);
                    }
                }
            } catch (IOException e) {
                lines.add("(reading the child's output failed: " + e + ")");
            }
        });
        reader.setDaemon(true);
        readers.add(reader);
        reader.start();
    }
}
