package org.disclosurerollup.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.disclosurerollup.export.ExportModelLoader;
import org.disclosurerollup.history.RunHistory;
import org.disclosurerollup.history.YearHistory;
import org.disclosurerollup.intake.YearRun;
import org.disclosurerollup.job.RunOutcome;
import org.disclosurerollup.job.YearEndRunner;
import org.disclosurerollup.job.YearRunFactory;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A data folder the district version wrote — 2023 (run #1) and 2024 (run #2) of a small district, with a copy, a
 * superseded version, rejected rows and files — opened by this version: the database is upgraded on start, its runs
 * read as before (history, statuses), and this year's next run checks against last year's converted figures and
 * gives the outputs the district version gave. The runs' job parameters hold absolute paths, so the folder is
 * unpacked where it was written, {@value #FOLDER}.
 */
@SpringBootTest
class UpgradeFromDistrictVersionTests {

    static final String FOLDER = "/tmp/disclosure-rollup-upgrade-fixture";
    private static final Path ROOT = unpacked();

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        registry.add("rollup.data-dir", () -> ROOT.resolve("data").toString());
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RunHistory history;

    @Autowired
    Flyway flyway;

    @Autowired
    ExportModelLoader models;

    @Autowired
    YearRunFactory runs;

    @Autowired
    YearEndRunner runner;

    @Test
    void theDatabaseIsUpgradedOnStartAndItsRunsReadAsBefore() throws IOException {
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().current().getVersion()).isEqualTo(flyway.info().all()[flyway.info().all().length - 1]
                .getVersion());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" = '3'")
                .query(Integer.class).single()).as("the stored runs converted").isOne();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM submission WHERE run_id = 2").query(Long.class).single())
                .isEqualTo(10);

        YearHistory year2024 = history.of(2024, ROOT.resolve("old-output/2024"));
        assertThat(year2024.runs()).filteredOn(run -> run.runId() == 2).singleElement().satisfies(run -> {
            assertThat(run.status()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(run.counts().summaryLines()).containsExactly("文件 9 个；报表 采用 8，退回 2，未报送单位 54",
                    "数据行 读取 2198 = 采用 1800 + 退回 398（采用的行中有 200 行属于已被替代的旧报表，不计入汇总）");
        });

        YearRun run = runs.prepare(2024, ROOT.resolve("input"), ROOT.resolve("old-output"),
                ROOT.resolve("input/units.csv"), "凉州区");
        List<String> lines = new ArrayList<>();
        models.statuses(2, run).forEach(line -> lines.add(String.join(",", line.unitCode(), line.unit(),
                line.unitType(), line.status().id(), line.file(), line.sha256(), Long.toString(line.accepted()),
                Long.toString(line.rejected()))));
        assertThat(lines).containsExactlyElementsOf(oldLines("2024/submissions.csv"));
    }

    @Test
    void thisYearsNextRunComparesWithLastYearsConvertedFiguresAndGivesTheSameOutputs() throws Exception {
        Path output = Files.createTempDirectory("upgraded-output");

        RunOutcome outcome = runner.run(new YearEndRunner.Request(2024, ROOT.resolve("input"), output,
                ROOT.resolve("input/units.csv"), "凉州区"));

        assertThat(outcome.completed()).as(outcome.failure()).isTrue();
        assertThat(outcome.runId()).isEqualTo(3);
        for (String csv : List.of("totals.csv", "rejected-rows.csv", "submissions.csv")) {
            assertThat(Files.mismatch(output.resolve("2024").resolve(csv), ROOT.resolve("old-output/2024").resolve(csv)))
                    .as(csv).isEqualTo(-1L);
        }
        assertThat(jdbc.sql("SELECT reason FROM problem WHERE run_id = 3 AND reason IN ('carry-over', "
                + "'same-as-last-year') ORDER BY file_id, seq").query(String.class).list())
                .containsExactly("same-as-last-year", "carry-over", "carry-over");
    }

    private static List<String> oldLines(String file) throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve("old-output").resolve(file), StandardCharsets.UTF_8);
        return lines.subList(1, lines.size());
    }

    private static Path unpacked() {
        Path root = Path.of(FOLDER);
        try {
            if (Files.exists(root)) {
                try (Stream<Path> old = Files.walk(root)) {
                    for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            try (InputStream in = UpgradeFromDistrictVersionTests.class.getResourceAsStream("/upgrade/district-version.zip");
                 ZipInputStream zip = new ZipInputStream(in)) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    Path target = root.getParent().resolve(entry.getName()).normalize();
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                        continue;
                    }
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target);
                    Files.setLastModifiedTime(target, FileTime.from(entry.getLastModifiedTime().toInstant()));
                }
            }
            return root;
        } catch (IOException e) {
            throw new IllegalStateException("cannot unpack the district version's data folder: " + e.getMessage(), e);
        }
    }
}
