package org.disclosurerollup.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputPublisherTest {

    @TempDir
    Path output;

    @Test
    void publishesIntoAFolderThatDidNotExist() throws IOException {
        Path year = output.resolve("2024");

        OutputPublisher.publish(year, folder -> Files.writeString(folder.resolve("totals.csv"), "new"));

        assertThat(year.resolve("totals.csv")).hasContent("new");
        assertThat(siblings()).containsExactly("2024");
    }

    @Test
    void replacesThePreviousOutputsWhole() throws IOException {
        Path year = existingOutputs();

        OutputPublisher.publish(year, folder -> Files.writeString(folder.resolve("totals.csv"), "new"));

        assertThat(year.resolve("totals.csv")).hasContent("new");
        assertThat(year.resolve("old-workbook.xlsx")).doesNotExist();
        assertThat(siblings()).containsExactly("2024");
    }

    @Test
    void leavesThePreviousOutputsUntouchedWhenWritingFails() throws IOException {
        Path year = existingOutputs();

        assertThatThrownBy(() -> OutputPublisher.publish(year, folder -> {
            Files.writeString(folder.resolve("totals.csv"), "half");
            throw new IOException("磁盘已满");
        })).isInstanceOf(IOException.class).hasMessage("磁盘已满");

        assertThat(year.resolve("totals.csv")).hasContent("old");
        assertThat(year.resolve("old-workbook.xlsx")).exists();
        assertThat(year.resolve("templates/四坝镇.xlsx")).hasContent("template");
        assertThat(siblings()).containsExactly("2024");
    }

    @Test
    void keepsSubfoldersThatAreNotOutputsOfARun() throws IOException {
        Path year = existingOutputs();

        OutputPublisher.publish(year, folder -> Files.writeString(folder.resolve("totals.csv"), "new"));

        assertThat(year.resolve("templates/四坝镇.xlsx")).hasContent("template");
        assertThat(year.resolve("totals.csv")).hasContent("new");
    }

    @Test
    void theNoticesOfARunReplaceThoseOfThePreviousOneAndARunWithoutNoticesLeavesNone() throws IOException {
        Path year = existingOutputs();
        folder("2024/退回通知", "四坝镇_2024_退回通知.xlsx", "old");

        OutputPublisher.publish(year, folder -> {
            Files.writeString(folder.resolve("totals.csv"), "new");
            Files.writeString(Files.createDirectories(folder.resolve("退回通知")).resolve("中坝镇_2024_退回通知.xlsx"),
                    "new");
        });

        assertThat(files(year.resolve("退回通知"))).containsExactly("中坝镇_2024_退回通知.xlsx");
        OutputPublisher.publish(year, folder -> Files.writeString(folder.resolve("totals.csv"), "newer"));
        assertThat(year.resolve("退回通知")).doesNotExist();
        assertThat(year.resolve("templates/四坝镇.xlsx")).hasContent("template");
        assertThat(siblings()).containsExactly("2024");
    }

    @Test
    void aFailedPublishKeepsThePreviousNotices() throws IOException {
        Path year = existingOutputs();
        folder("2024/退回通知", "四坝镇_2024_退回通知.xlsx", "old");

        assertThatThrownBy(() -> OutputPublisher.publish(year, folder -> {
            throw new IOException("磁盘已满");
        })).hasMessage("磁盘已满");

        assertThat(year.resolve("退回通知/四坝镇_2024_退回通知.xlsx")).hasContent("old");
    }

    @Test
    void theNoticesOfAPublishKilledBetweenTheMovesAreNotCarriedIntoThePreviousOutputs() throws IOException {
        Path year = output.resolve("2024");
        folder(".2024.old-dead", "totals.csv", "old");
        folder(".2024.tmp-dead", "totals.csv", "new but never published");
        folder(".2024.tmp-dead/退回通知", "四坝镇_2024_退回通知.xlsx", "never published");
        folder(".2024.tmp-dead/templates", "四坝镇.xlsx", "template");

        assertThatThrownBy(() -> OutputPublisher.publish(year, folder -> {
            throw new IOException("磁盘已满");
        })).hasMessage("磁盘已满");

        assertThat(year.resolve("totals.csv")).hasContent("old");
        assertThat(year.resolve("templates/四坝镇.xlsx")).hasContent("template");
        assertThat(year.resolve("退回通知")).doesNotExist();
        assertThat(siblings()).containsExactly("2024");
    }

    // What a publish killed half way leaves, built by hand: the steps are write .2024.tmp-*, move 2024 to .2024.old-*,
    // carry subfolders into .2024.tmp-*, move .2024.tmp-* to 2024, delete .2024.old-*.

    @Test
    void aKillWhileWritingLeavesATemporaryFolderThatTheNextPublishDeletes() throws IOException {
        Path year = existingOutputs();
        Path temporary = folder(".2024.tmp-dead", "totals.csv", "half");

        OutputPublisher.publish(year, folder -> Files.writeString(folder.resolve("totals.csv"), "new"));

        assertThat(year.resolve("totals.csv")).hasContent("new");
        assertThat(year.resolve("templates/四坝镇.xlsx")).hasContent("template");
        assertThat(temporary).doesNotExist();
        assertThat(siblings()).containsExactly("2024");
    }

    @Test
    void aKillBetweenTheMovesPutsThePreviousOutputsBackEvenWhenTheNextPublishFails() throws IOException {
        Path year = output.resolve("2024");
        Path old = folder(".2024.old-dead", "totals.csv", "old");
        Files.writeString(old.resolve("old-workbook.xlsx"), "old");
        folder(".2024.tmp-dead", "totals.csv", "new but never published");
        Files.createDirectories(output.resolve(".2024.tmp-dead/templates"));
        Files.writeString(output.resolve(".2024.tmp-dead/templates/四坝镇.xlsx"), "template");

        assertThatThrownBy(() -> OutputPublisher.publish(year, folder -> {
            throw new IOException("磁盘已满");
        })).hasMessage("磁盘已满");

        assertThat(year.resolve("totals.csv")).hasContent("old");
        assertThat(year.resolve("old-workbook.xlsx")).hasContent("old");
        assertThat(year.resolve("templates/四坝镇.xlsx")).hasContent("template");
        assertThat(siblings()).containsExactly("2024");
    }

    @Test
    void aKillBeforeTheSubfoldersWereCarriedKeepsThemInThePreviousOutputs() throws IOException {
        Path year = output.resolve("2024");
        Path old = folder(".2024.old-dead", "totals.csv", "old");
        Files.createDirectories(old.resolve("templates"));
        Files.writeString(old.resolve("templates/四坝镇.xlsx"), "template");
        folder(".2024.tmp-dead", "totals.csv", "new but never published");

        OutputPublisher.publish(year, folder -> Files.writeString(folder.resolve("totals.csv"), "new"));

        assertThat(year.resolve("totals.csv")).hasContent("new");
        assertThat(year.resolve("templates/四坝镇.xlsx")).hasContent("template");
        assertThat(siblings()).containsExactly("2024");
    }

    @Test
    void aKillAfterTheNewOutputsWentInPlaceOnlyLeavesThePreviousOnesToDelete() throws IOException {
        Path year = existingOutputs();
        folder(".2024.old-dead", "totals.csv", "older");

        OutputPublisher.publish(year, folder -> Files.writeString(folder.resolve("totals.csv"), "new"));

        assertThat(year.resolve("totals.csv")).hasContent("new");
        assertThat(year.resolve("templates/四坝镇.xlsx")).hasContent("template");
        assertThat(siblings()).containsExactly("2024");
    }

    @Test
    void leavesTheLeftoversOfOtherYearsAlone() throws IOException {
        folder(".2025.tmp-other", "totals.csv", "2025 being written");
        folder(".20245.old-other", "totals.csv", "not 2024's");

        OutputPublisher.publish(output.resolve("2024"), folder -> Files.writeString(folder.resolve("totals.csv"), "new"));

        assertThat(siblings()).containsExactlyInAnyOrder("2024", ".2025.tmp-other", ".20245.old-other");
    }

    @Test
    void twoPublishesOfOneFolderAtOnceTakeTurnsAndBothSucceed() throws Exception {
        Path year = existingOutputs();
        CountDownLatch firstIsWriting = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = threads.submit(() -> {
                OutputPublisher.publish(year, folder -> {
                    firstIsWriting.countDown();
                    pause(300);
                    Files.writeString(folder.resolve("totals.csv"), "first");
                    Files.writeString(folder.resolve("submissions.csv"), "first");
                });
                return null;
            });
            assertThat(firstIsWriting.await(30, TimeUnit.SECONDS)).isTrue();
            Future<String> second = threads.submit(() -> {
                String[] seen = new String[1];
                OutputPublisher.publish(year, folder -> {
                    seen[0] = Files.readString(year.resolve("totals.csv"));
                    Files.writeString(folder.resolve("totals.csv"), "second");
                    Files.writeString(folder.resolve("submissions.csv"), "second");
                });
                return seen[0];
            });

            first.get(30, TimeUnit.SECONDS);
            assertThat(second.get(30, TimeUnit.SECONDS)).as("what the second found when it began writing")
                    .isEqualTo("first");
        } finally {
            threads.shutdownNow();
        }

        assertThat(year.resolve("totals.csv")).hasContent("second");
        assertThat(year.resolve("submissions.csv")).hasContent("second");
        assertThat(year.resolve("templates/四坝镇.xlsx")).hasContent("template");
        assertThat(siblings()).containsExactly("2024");
    }

    @Test
    void aPublishOfAnotherProcessIntoTheSameFolderIsWaitedFor() throws Exception {
        Path year = existingOutputs();
        Path signal = output.resolveSibling(output.getFileName() + "-child-writing");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                PublishingChild.class.getName(), year.toString(), "child", signal.toString())
                .redirectErrorStream(true).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(signal) && child.isAlive() && System.nanoTime() < deadline) {
                pause(20);
            }
            assertThat(signal).as(child.isAlive() ? "the child is not writing yet"
                    : new String(child.getInputStream().readAllBytes())).exists();
            String[] seen = new String[1];

            OutputPublisher.publish(year, folder -> {
                seen[0] = Files.readString(year.resolve("totals.csv"));
                Files.writeString(folder.resolve("totals.csv"), "this process");
            });

            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).as(new String(child.getInputStream().readAllBytes())).isZero();
            assertThat(seen[0]).as("what this process found when it began writing").isEqualTo("child");
        } finally {
            child.destroyForcibly();
            Files.deleteIfExists(signal);
        }
        assertThat(year.resolve("totals.csv")).hasContent("this process");
        assertThat(year.resolve("templates/四坝镇.xlsx")).hasContent("template");
        assertThat(siblings()).containsExactly("2024");
    }

    @Test
    void theLockFileIsHiddenAndStays() throws IOException {
        OutputPublisher.publish(output.resolve("2024"), folder -> Files.writeString(folder.resolve("totals.csv"), "new"));

        assertThat(output.resolve(".2024.lock")).isRegularFile();
        try (Stream<Path> entries = Files.list(output)) {
            assertThat(entries.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder("2024",
                    ".2024.lock");
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Path folder(String name, String file, String content) throws IOException {
        Path folder = Files.createDirectories(output.resolve(name));
        Files.writeString(folder.resolve(file), content);
        return folder;
    }

    private Path existingOutputs() throws IOException {
        Path year = output.resolve("2024");
        Files.createDirectories(year.resolve("templates"));
        Files.writeString(year.resolve("totals.csv"), "old");
        Files.writeString(year.resolve("old-workbook.xlsx"), "old");
        Files.writeString(year.resolve("templates/四坝镇.xlsx"), "template");
        return year;
    }

    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    /** The folders next to the year folder and the year folder itself (the lock file is a file and stays). */
    private List<String> siblings() throws IOException {
        try (Stream<Path> entries = Files.list(output)) {
            return entries.filter(Files::isDirectory).map(path -> path.getFileName().toString()).toList();
        }
    }
}
