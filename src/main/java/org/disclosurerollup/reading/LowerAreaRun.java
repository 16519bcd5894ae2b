package org.disclosurerollup.reading;

import java.util.List;

/**
 * What a lower area's consolidated workbook says of the run it comes from, read when that workbook is the area's
 * submission to the level above: which run (number, input fingerprint, when exported) and which of the area's units
 * its total lacks — so that the gaps travel up.
 *
 * @param area          the area the workbook is for, as its run facts name it
 * @param fingerprint   the run's input fingerprint; empty for a workbook of a version that did not write it
 * @param exportedAt    as written, {@code 2025-01-20 09:45:00}
 * @param missing       the area's units that sent nothing
 * @param rejected      the area's units whose submission was rejected (and none of theirs counts)
 * @param incomplete    the areas below it whose own totals lack units, with what they lack: {@code 民勤县（缺报：红沙梁镇）}
 */
public record LowerAreaRun(String area, int year, long run, String fingerprint, String exportedAt,
                           List<String> missing, List<String> rejected, List<String> incomplete) {

    public LowerAreaRun {
        missing = List.copyOf(missing);
        rejected = List.copyOf(rejected);
        incomplete = List.copyOf(incomplete);
    }

    /** Its total lacks some units (or some of the areas below it do). */
    public boolean hasGaps() {
        return !missing.isEmpty() || !rejected.isEmpty() || !incomplete.isEmpty();
    }

    /** What the total lacks, as the status notes say it: {@code 缺报：红沙梁镇、…；被退回：…}; empty when nothing. */
    public String gaps() {
        StringBuilder text = new StringBuilder();
        append(text, "缺报", missing);
        append(text, "被退回", rejected);
        append(text, "下级汇总不全", incomplete);
        return text.toString();
    }

    private static void append(StringBuilder text, String what, List<String> units) {
        if (!units.isEmpty()) {
            text.append(text.isEmpty() ? "" : "；").append(what).append("：").append(String.join("、", units));
        }
    }
}
