package org.disclosurerollup.export;

import org.disclosurerollup.catalog.Severity;
import org.disclosurerollup.register.UnitType;

/** Chinese words for the contract's identifiers, as the workbook shows them. */
final class OutputLabels {

    private OutputLabels() {
    }

    static String severity(Severity severity) {
        return severity == Severity.ERROR ? "错误" : "警告";
    }

    static String unitType(String id) {
        for (UnitType type : UnitType.values()) {
            if (type.id().equals(id)) {
                return type.label();
            }
        }
        return id;
    }
}
