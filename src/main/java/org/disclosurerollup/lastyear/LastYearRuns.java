package org.disclosurerollup.lastyear;

import java.util.Optional;
import java.util.OptionalLong;
import org.disclosurerollup.intake.RunRepository;

/**
 * Finds last year's accepted data — the latest completed run of the year before, of the same district — and remembers
 * on a run which one it was compared with, so that its outputs, written again later, compare with the same run.
 */
public final class LastYearRuns {

    private final RunRepository runs;

    public LastYearRuns(RunRepository runs) {
        this.runs = runs;
    }

    /**
     * The run of last year that a run of {@code year} starting now compares with: the latest completed run of the year
     * before for the district, counting runs that completed before completion times were kept; empty when none did.
     */
    public OptionalLong toCompareWith(int year, String district) {
        return runs.latestCompleted(year - 1, district).map(last -> OptionalLong.of(last.runId()))
                .orElse(OptionalLong.empty());
    }

    /** The run {@code runId}, if the database holds it. */
    Optional<LastYearRun> run(long runId) {
        return runs.run(runId).map(LastYearRuns::lastYearRun);
    }

    /** The run of last year that run {@code runId} was compared with; empty when there was none. */
    public Optional<LastYearRun> comparedWith(long runId) {
        return runs.comparedWith(runId).map(LastYearRuns::lastYearRun);
    }

    void remember(long runId, Optional<LastYearRun> lastYear) {
        runs.rememberComparedWith(runId, lastYear.map(LastYearRun::runId).orElse(null));
    }

    private static LastYearRun lastYearRun(RunRepository.Completed run) {
        return new LastYearRun(run.runId(), run.year(), run.template(), run.completedAt());
    }
}
