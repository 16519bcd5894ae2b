package org.disclosurerollup.consolidation;

import java.util.Map;
import org.disclosurerollup.checking.CellValue;

/** The submission of a unit that counts in a run, with its cells (a code it does not hold is blank). */
public record CountedSubmission(int submissionId, int fileId, String unitCode, Map<String, CellValue> cells) {

    public CellValue cell(String code) {
        return cells.getOrDefault(code, CellValue.EMPTY);
    }
}
