package org.disclosurerollup.register;

/**
 * How an area is named by its level, from the last characters of its name (one line of {@code domain/area-levels.csv}):
 * 凉州区 → 全区 / 区本级, 民勤县 → 全县 / 县本级, 武威市 → 全市 / 市本级, 甘肃省 → 全省 / 省本级.
 *
 * @param wholeArea  the area with every area and unit below it: 全区, 全市
 * @param ownLevel   the area's government and its departments: 区本级, 市本级
 * @param level      the level's character, as in 区政府, 市直部门
 * @param lowerAreas the areas right below, as reports name them: 各县（市、区）; empty for a county
 */
public record AreaLevel(String wholeArea, String ownLevel, String level, String lowerAreas) {

    /** One area right below, as a unit type: 县（市、区）; 下级地区 when the level has none named. */
    public String lowerArea() {
        return lowerAreas.isEmpty() ? "下级地区" : lowerAreas.replaceFirst("^各", "");
    }

    /**
     * A label of {@code domain/scopes.csv} or a unit type with the area's words put in: {@code {whole_area}},
     * {@code {own_level}}, {@code {level}}, {@code {lower_areas}}, {@code {lower_area}}.
     */
    public String fill(String label) {
        return label.replace("{whole_area}", wholeArea).replace("{own_level}", ownLevel).replace("{level}", level)
                .replace("{lower_areas}", lowerAreas.isEmpty() ? "下级地区" : lowerAreas)
                .replace("{lower_area}", lowerArea());
    }
}
