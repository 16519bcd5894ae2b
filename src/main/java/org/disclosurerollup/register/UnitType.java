package org.disclosurerollup.register;

import java.util.Locale;

/** The {@code type} column of the register. */
public enum UnitType {
    /** The area's own government (区政府, 市政府 …). */
    GOVERNMENT("{level}政府"),
    /** A department of the area's government (区直部门, 市直部门 …). */
    DEPARTMENT("{level}直部门"),
    /** A township, sub-district or township-level area of a county. */
    TOWNSHIP("乡镇街道"),
    /** An area below (a county under a city, a city under a province): its submission is that area's whole-area table. */
    REGION("{lower_area}");

    private final String label;

    UnitType(String label) {
        this.label = label;
    }

    /** The identifier used in the register, in {@code rules.csv} and in the outputs. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type as people of the area say it: 区直部门 in a district, 市直部门 in a city, 县（市、区） under a city. */
    public String label(AreaLevel area) {
        return area.fill(label);
    }

    public static UnitType ofId(String id) {
        for (UnitType type : values()) {
            if (type.id().equals(id.trim().toLowerCase(Locale.ROOT))) {
                return type;
            }
        }
        throw new IllegalArgumentException(id);
    }
}
