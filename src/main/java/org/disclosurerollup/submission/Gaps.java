package org.disclosurerollup.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * What a run's totals lack: the expected units none of whose submissions counts — missing (nothing received) or
 * rejected — the units whose submission counts without some of its rows (rejected rows: their cells count as not
 * submitted), and the lower areas that count but whose own totals lack units. The counts are exact; the names are kept
 * up to {@value #NAMES_KEPT} of each kind, in register order, so that a province's register costs no more.
 *
 * @param missingNames  the first units that sent nothing
 * @param rejectedNames the first units whose submissions were all rejected
 * @param areas         the lower areas whose totals lack units, with what they lack ({@code 缺报：红沙梁镇})
 * @param partial       the units whose counting submission has rejected rows
 * @param partialUnits  the first of them, with how many rows
 */
public record Gaps(int missing, int rejected, List<String> missingNames, List<String> rejectedNames,
                   List<AreaGaps> areas, int partial, List<PartialUnit> partialUnits) {

    public static final int NAMES_KEPT = 30;
    /** Names said in a sentence before the rest is cut off with {@code 等 N 个}. */
    static final int NAMES_SAID = 8;
    /** Characters of a lower area's own gaps said before they are cut off. */
    static final int AREA_GAPS_SAID = 60;

    public static final Gaps NONE = new Gaps(0, 0, List.of(), List.of(), List.of());

    public Gaps {
        missingNames = List.copyOf(missingNames);
        rejectedNames = List.copyOf(rejectedNames);
        areas = List.copyOf(areas);
        partialUnits = List.copyOf(partialUnits);
    }

    /** Gaps of whole units and areas only: every counting submission has all its rows. */
    public Gaps(int missing, int rejected, List<String> missingNames, List<String> rejectedNames, List<AreaGaps> areas) {
        this(missing, rejected, missingNames, rejectedNames, areas, 0, List.of());
    }

    /** A unit whose submission counts without its rejected rows ({@code 区统计局（1 行）}). */
    public record PartialUnit(String unit, long rowsRejected) {

        @Override
        public String toString() {
            return unit + "（" + rowsRejected + " 行）";
        }
    }

    /** A lower area that counts, and what its own total lacks, as its workbook says it. */
    public record AreaGaps(String area, String gaps) {
    }

    /** Nothing lacks: every expected unit counts with all its rows, and every lower area's total is whole. */
    public boolean complete() {
        return missing == 0 && rejected == 0 && areas.isEmpty() && partial == 0;
    }

    /** The units of this level that do not count. */
    public int units() {
        return missing + rejected;
    }

    /**
     * What the totals lack, to follow {@code 本表}, {@code 本年汇总数} …: {@code 不含未报送或被退回的 2 个单位：未报送的甲镇，被退回的乙局}
     * , {@code 另有 1 个单位的部分数字被退回、未计入：区统计局（1 行）} and/or {@code 所含下级地区的汇总不全：民勤县（缺报：红沙梁镇）};
     * empty when complete.
     */
    public String lacking() {
        List<String> parts = new ArrayList<>();
        if (units() > 0) {
            List<String> kinds = new ArrayList<>();
            if (missing > 0) {
                kinds.add("未报送的" + said(missingNames, missing));
            }
            if (rejected > 0) {
                kinds.add("被退回的" + said(rejectedNames, rejected));
            }
            parts.add("不含未报送或被退回的 " + units() + " 个单位：" + String.join("，", kinds));
        }
        if (partial > 0) {
            parts.add((parts.isEmpty() ? "" : "另") + "有 " + partial + " 个单位的部分数字被退回、未计入："
                    + said(partialUnits.stream().map(PartialUnit::toString).toList(), partial));
        }
        if (!areas.isEmpty()) {
            parts.add("所含下级地区的汇总不全：" + String.join("、", areas.stream()
                    .map(area -> area.area() + "（" + cut(area.gaps()) + "）").toList()));
        }
        return String.join("；", parts);
    }

    /** {@code 甲、乙、丙}; beyond {@value #NAMES_SAID} names {@code 甲、乙、…、辛等 12 个}. */
    static String said(List<String> names, int count) {
        List<String> shown = names.subList(0, Math.min(NAMES_SAID, names.size()));
        return String.join("、", shown) + (count > shown.size() ? "等 " + count + " 个" : "");
    }

    /** A lower area's gaps, cut after a name when long, with its brackets closed. */
    static String cut(String gaps) {
        if (gaps.length() <= AREA_GAPS_SAID) {
            return gaps;
        }
        String head = gaps.substring(0, AREA_GAPS_SAID);
        int end = Math.max(head.lastIndexOf('、'), head.lastIndexOf('；'));
        head = (end > 0 ? head.substring(0, end) : head) + "等";
        long open = head.chars().filter(c -> c == '（').count() - head.chars().filter(c -> c == '）').count();
        return head + "）".repeat((int) Math.max(0, open));
    }

    /** Gathers the gaps of the units a predicate picks (by type), from the rows of {@link SubmissionRepository#forEachUnitCounted}. */
    public static final class Collector implements Consumer<SubmissionRepository.UnitCounted> {

        private final Predicate<String> unitTypes;
        private int missing;
        private int rejected;
        private final List<String> missingNames = new ArrayList<>();
        private final List<String> rejectedNames = new ArrayList<>();
        private final List<AreaGaps> areas = new ArrayList<>();
        private int partial;
        private final List<PartialUnit> partialUnits = new ArrayList<>();

        /** @param unitTypes which unit type ids count here ({@code government}, {@code region} …) */
        public Collector(Predicate<String> unitTypes) {
            this.unitTypes = unitTypes;
        }

        @Override
        public void accept(SubmissionRepository.UnitCounted unit) {
            if (!unitTypes.test(unit.unitType())) {
                return;
            }
            if (!unit.counted()) {
                if (unit.sent()) {
                    rejected++;
                    keep(rejectedNames, unit.unitName());
                } else {
                    missing++;
                    keep(missingNames, unit.unitName());
                }
            } else {
                if (unit.rowsRejected() > 0) {
                    partial++;
                    if (partialUnits.size() < NAMES_KEPT) {
                        partialUnits.add(new PartialUnit(unit.unitName(), unit.rowsRejected()));
                    }
                }
                if (unit.areaGaps() != null && !unit.areaGaps().isEmpty()) {
                    areas.add(new AreaGaps(unit.unitName(), unit.areaGaps()));
                }
            }
        }

        private static void keep(List<String> names, String name) {
            if (names.size() < NAMES_KEPT) {
                names.add(name);
            }
        }

        public Gaps gaps() {
            return new Gaps(missing, rejected, missingNames, rejectedNames, areas, partial, partialUnits);
        }
    }
}
