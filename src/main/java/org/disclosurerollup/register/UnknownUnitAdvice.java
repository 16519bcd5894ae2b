package org.disclosurerollup.register;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What to tell the sender of a unit the register does not know. Above the district (a register with {@code region}
 * units) such a unit is often one of a lower area's own townships or departments, sent straight up: it is counted in
 * that area's whole-area total and must go to that area's office. The area is named when the unit's name holds its name
 * or an alias ({@code 民勤县红沙梁镇}).
 */
public final class UnknownUnitAdvice {

    private static final AreaLevels LEVELS = AreaLevels.fromClasspath();
    private static final int AREAS_NAMED = 5;

    private final String area;
    private final List<Unit> regions;
    /** Each lower area's name and aliases by their comparison key, the longest first. */
    private final List<Map.Entry<String, Unit>> regionKeys;

    /** @param area the area whose register it is, as {@code --district} names it */
    public UnknownUnitAdvice(UnitRegister register, int year, String area) {
        this.area = area;
        this.regions = register.expectedIn(year).stream().filter(unit -> unit.type() == UnitType.REGION).toList();
        this.regionKeys = regions.stream()
                .flatMap(region -> Stream.concat(Stream.of(region.name()), region.aliases().stream())
                        .map(name -> Map.entry(UnitNames.key(name), region)))
                .filter(entry -> !entry.getKey().isEmpty())
                .sorted(Comparator.comparingInt((Map.Entry<String, Unit> entry) -> entry.getKey().length()).reversed())
                .toList();
    }

    /**
     * The text that follows {@code …不在报送名单中}: the usual fix, or at a level above the district where the unit
     * belongs and where to send it.
     *
     * @param usualFix what to do about an unknown unit at a district, e.g. {@code 请使用名单中的单位名称，…}
     */
    public String after(String unitText, String usualFix) {
        if (regions.isEmpty() || unitText == null) {
            return "：" + usualFix;
        }
        String key = UnitNames.key(unitText);
        Optional<Unit> region = regionKeys.stream()
                .filter(entry -> key.length() > entry.getKey().length() && key.contains(entry.getKey()))
                .map(Map.Entry::getValue).findFirst();
        if (region.isPresent()) {
            String name = region.get().name();
            return "（它是" + name + "的单位，计入" + name + "的" + LEVELS.of(name).wholeArea() + "汇总）：请把它报送" + name
                    + "，由" + name + "汇总后报送汇总表，不要直接报送" + area;
        }
        String named = regions.stream().limit(AREAS_NAMED).map(Unit::name).collect(Collectors.joining("、"))
                + (regions.size() > AREAS_NAMED ? "等" : "");
        return "：如果它是下级地区（" + named + "）的乡镇或部门，它计入该地区的汇总，请把它报送该地区，不要直接报送" + area
                + "；如果是" + area + "本级的单位，" + usualFix;
    }
}
