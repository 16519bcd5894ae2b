package org.disclosurerollup.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.disclosurerollup.consolidation.Scope;
import org.disclosurerollup.intake.RunUnitRepository;
import org.disclosurerollup.intake.YearRun;
import org.springframework.stereotype.Component;

/**
 * The outputs of a year in its output folder: written from one run's results in the database, published all at
 * once, and remembered, so that a rerun knows whether the folder still holds that run's results.
 */
@Component
public final class YearOutputs {

    /** Hidden, so that neither the console's downloads nor a clerk's file list show it. */
    static final String ORIGIN_FILE = ".disclosure-rollup-origin";
    static final List<String> CSV_FILES = List.of("totals.csv", "rejected-rows.csv", "submissions.csv");

    private final ExportModelLoader models;
    private final PublishedOutputRepository published;
    private final RunUnitRepository units;
    private final List<Scope> scopes;
    private final ReturnNotices notices;

    YearOutputs(ExportModelLoader models, PublishedOutputRepository published, RunUnitRepository units,
                List<Scope> scopes, ReturnNotices notices) {
        this.models = models;
        this.published = published;
        this.units = units;
        this.scopes = scopes;
        this.notices = notices;
    }

    /** Writes and publishes the outputs of run {@code runId}; returns the figures they show. */
    public ExportModel.Counts publish(long runId, YearRun run) throws IOException {
        units.recordIfMissing(runId, run.register(), run.year());
        ExportModel model = models.load(runId, run, scopes);
        try {
            String origin = origin(published.createdDatabaseId(), runId);
            OutputPublisher.publish(run.yearOutputFolder(), folder -> {
                new YearOutputWriter().writeAll(model, folder);
                notices.write(model, run.register(), folder);
                Files.writeString(folder.resolve(ORIGIN_FILE), origin, StandardCharsets.UTF_8);
            });
        } catch (IOException e) {
            throw new IOException("无法写入结果文件夹 " + run.yearOutputFolder() + "（" + e.getMessage()
                    + "）：请检查该位置是否是文件夹、是否有写入权限、结果文件是否正被 Excel 等程序打开", e);
        }
        published.record(run.year(), key(run), runId, LocalDateTime.now());
        return model.facts().counts();
    }

    /** True when the year's output folder holds the complete outputs of run {@code runId}. */
    public boolean holdsRun(long runId, YearRun run) {
        Optional<PublishedOutputRepository.Published> inFolder = published.of(run.year(), key(run));
        if (inFolder.isEmpty() || inFolder.get().runId() != runId) {
            return false;
        }
        Path folder = run.yearOutputFolder();
        return holdsOrigin(runId, folder)
                && Files.isRegularFile(folder.resolve(YearOutputWriter.workbookName(run.district(), run.year())))
                && Files.isRegularFile(folder.resolve(YearOutputWriter.reportName(run.district(), run.year())))
                && CSV_FILES.stream().allMatch(name -> Files.isRegularFile(folder.resolve(name)));
    }

    /** True when {@code yearOutputFolder} holds outputs that run {@code runId} of this database wrote (or rewrote). */
    public boolean holdsRun(long runId, Path yearOutputFolder) {
        return holdsOrigin(runId, yearOutputFolder) && holdsResults(yearOutputFolder);
    }

    /** True when {@code yearOutputFolder} holds results ({@code totals.csv}), whichever database and run wrote them. */
    public boolean holdsResults(Path yearOutputFolder) {
        return Files.isRegularFile(yearOutputFolder.resolve("totals.csv"));
    }

    /** Reads only: a database that never published has no id yet, and holds no folder. */
    private boolean holdsOrigin(long runId, Path folder) {
        Optional<String> id = published.databaseId();
        return id.isPresent() && origin(id.get(), runId).equals(readQuietly(folder.resolve(ORIGIN_FILE)));
    }

    /** Which database and run the outputs in a folder come from (two data folders may share one output folder). */
    private static String origin(String databaseId, long runId) {
        return "database=" + databaseId + "\nrun=" + runId + "\n";
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static String key(YearRun run) {
        return run.yearOutputFolder().toAbsolutePath().normalize().toString();
    }
}
