package org.disclosurerollup.lastyear;

import java.time.LocalDateTime;

/** A completed run of the year before: the run whose figures this year's are checked and compared with. */
public record LastYearRun(long runId, int year, String template, LocalDateTime completedAt) {
}
