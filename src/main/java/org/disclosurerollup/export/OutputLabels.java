package org.disclosurerollup.export;

import org.disclosurerollup.catalog.Severity;
import org.disclosurerollup.checking.SubmissionStatus;
import org.disclosurerollup.intake.FileStatus;
import org.disclosurerollup.register.UnitType;

/** Chinese words for the contract's identifiers, as the workbook shows them. */
final class OutputLabels {

    private OutputLabels() {
    }

    /** The Chinese status of a submission; an identifier the contract does not know is shown as it is. */
    static String status(String id) {
        for (SubmissionStatus status : SubmissionStatus.values()) {
            if (status.id().equals(id)) {
                return status.label();
            }
        }
        return id;
    }

    /** The Chinese status of an input file. */
    static String fileStatus(String id) {
        for (FileStatus status : FileStatus.values()) {
            if (status.id().equals(id)) {
                return status.label();
            }
        }
        return id;
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
