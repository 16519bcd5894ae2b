package org.disclosurerollup.export;

import org.disclosurerollup.catalog.Severity;
import org.disclosurerollup.register.AreaLevel;
import org.disclosurerollup.register.UnitType;

/** Chinese words for the contract's identifiers, as the workbook shows them. */
final class OutputLabels {

    private OutputLabels() {
    }

    static String severity(Severity severity) {
        return severity == Severity.ERROR ? "错误" : "警告";
    }

    /** The unit type as the area says it (区直部门, 市直部门 …); an identifier it does not know is shown as it is. */
    static String unitType(String id, AreaLevel area) {
        for (UnitType type : UnitType.values()) {
            if (type.id().equals(id)) {
                return type.label(area);
            }
        }
        return id;
    }
}
