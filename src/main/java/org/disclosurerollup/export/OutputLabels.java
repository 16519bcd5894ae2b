package org.disclosurerollup.export;

import java.util.Map;
import org.disclosurerollup.catalog.Severity;
import org.disclosurerollup.register.UnitType;

/** Chinese words for the contract's identifiers, as the workbook shows them. */
final class OutputLabels {

    static final String MISSING = "missing";
    static final String REJECTED = "rejected";

    private static final Map<String, String> STATUSES = Map.of(
            "accepted", "已采用",
            REJECTED, "被退回",
            MISSING, "未报送",
            "superseded", "已被替代",
            "duplicate", "重复文件",
            "unexpected", "非本年度报送单位");

    private OutputLabels() {
    }

    /** The Chinese status; an identifier the contract does not know is shown as it is. */
    static String status(String id) {
        return STATUSES.getOrDefault(id, id);
    }

    static String severity(String id) {
        return Severity.ERROR.id().equals(id) ? "错误" : "警告";
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
