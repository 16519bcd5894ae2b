package org.disclosurerollup.export;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/** Keeps a run's end figures in the job's execution context, so a later "no change" run can repeat them. */
public final class CountsContext {

    private static final String PREFIX = "rollup.counts.";

    private CountsContext() {
    }

    static void store(ExportModel.Counts counts, ExecutionContext context) {
        context.putInt(PREFIX + "files", counts.files());
        context.putInt(PREFIX + "accepted", counts.submissionsAccepted());
        context.putInt(PREFIX + "rejected", counts.submissionsRejected());
        context.putInt(PREFIX + "missing", counts.unitsMissing());
        context.putLong(PREFIX + "rowsRead", counts.rowsRead());
        context.putLong(PREFIX + "rowsAccepted", counts.rowsAccepted());
        context.putLong(PREFIX + "rowsRejected", counts.rowsRejected());
        context.putLong(PREFIX + "rowsSuperseded", counts.rowsSuperseded());
    }

    /** The figures of a completed run, or null for a run that did not get as far as the export. */
    public static ExportModel.Counts read(ExecutionContext context) {
        if (!context.containsKey(PREFIX + "files")) {
            return null;
        }
        return new ExportModel.Counts(context.getInt(PREFIX + "files"), context.getInt(PREFIX + "accepted"),
                context.getInt(PREFIX + "rejected"), context.getInt(PREFIX + "missing"),
                context.getLong(PREFIX + "rowsRead"), context.getLong(PREFIX + "rowsAccepted"),
                context.getLong(PREFIX + "rowsRejected"), context.getLong(PREFIX + "rowsSuperseded", 0));
    }
}
