package org.disclosurerollup.job;

import java.nio.file.Path;
import org.disclosurerollup.export.ExportModel;

/**
 * How a year's run ended.
 *
 * @param runId     the job instance id ("运行 #N")
 * @param unchanged true when the input had not changed since run {@code runId}: nothing was recomputed
 * @param republished with {@code unchanged}: the output folder held other results, so run {@code runId}'s were written
 *                    out again
 * @param counts    the end figures (null when the run failed before the export)
 * @param failure   the message of a failed run, null otherwise
 */
public record RunOutcome(int year, String template, long runId, boolean completed, boolean unchanged,
                         boolean republished,
                         ExportModel.Counts counts, Path outputFolder, String failure) {
}
