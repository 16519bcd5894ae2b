package org.disclosurerollup.checking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.disclosurerollup.audit.Texts;
import org.disclosurerollup.submission.CellValue;

/**
 * The cells a submission gives, and the rows that give one cell twice with different values.
 *
 * @param conflicts every row of each cell given with different values, cell by cell in the order first given
 */
record SubmittedCells(Map<String, CellValue> cells, List<Conflict> conflicts) {

    /** A row giving a cell that another row of the same submission gives with a different value. */
    record Conflict(GivenRow row, String message) {
    }

    /**
     * The submitted cells. A cell given twice with the same value counts once; given twice with different values, all
     * its rows are rejected and the cell counts as not submitted.
     *
     * @param acceptedByCode the accepted rows of each value cell, in the order first given
     */
    static SubmittedCells withoutConflicts(Map<String, List<GivenRow>> acceptedByCode) {
        Map<String, CellValue> cells = new LinkedHashMap<>();
        List<Conflict> conflicts = new ArrayList<>();
        acceptedByCode.forEach((code, same) -> {
            CellValue first = same.get(0).value();
            if (same.stream().allMatch(row -> row.value().sameAs(first))) {
                cells.put(code, first);
                return;
            }
            String where = same.stream().map(row -> "第" + row.rowNo() + "行为" + Texts.quote(row.rawValue()))
                    .collect(Collectors.joining("，"));
            String message = "指标" + code + "在同一报表中填报了" + same.size() + "次且数值不同（" + where
                    + "）：请只保留正确的一行";
            same.forEach(row -> conflicts.add(new Conflict(row, message)));
        });
        return new SubmittedCells(cells, conflicts);
    }
}
