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
 * @param notice    what happened on the way that the clerk should know (a run settled after an interruption, a
 *                  database outage ridden out), null when nothing did
 */
public record RunOutcome(int year, String template, long runId, boolean completed, boolean unchanged,
                         boolean republished,
                         ExportModel.Counts counts, Path outputFolder, String failure, String notice) {

    public RunOutcome(int year, String template, long runId, boolean completed, boolean unchanged, boolean republished,
                      ExportModel.Counts counts, Path outputFolder, String failure) {
        this(year, template, runId, completed, unchanged, republished, counts, outputFolder, failure, null);
    }

    RunOutcome withNotice(String newNotice) {
        return newNotice == null ? this : new RunOutcome(year, template, runId, completed, unchanged, republished,
                counts, outputFolder, failure, newNotice);
    }

    RunOutcome failedWith(String newFailure) {
        return new RunOutcome(year, template, runId, false, unchanged, republished, counts, outputFolder, newFailure,
                notice);
    }
}
