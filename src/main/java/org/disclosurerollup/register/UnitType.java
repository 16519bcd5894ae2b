package org.disclosurerollup.register;

import java.util.Locale;

/** The {@code type} column of the register. */
public enum UnitType {
    GOVERNMENT("区政府"), DEPARTMENT("区直部门"), TOWNSHIP("乡镇街道");

    private final String label;

    UnitType(String label) {
        this.label = label;
    }

    /** The identifier used in the register, in {@code rules.csv} and in the outputs. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
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
