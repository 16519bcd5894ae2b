package org.disclosurerollup.consolidation;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.disclosurerollup.checking.CellValue;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads the submissions that count in a run, one per unit, with their cells. */
public final class CountedSubmissions {

    private final JdbcClient jdbc;

    public CountedSubmissions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Unit code → the unit's counting submission, in submission order. */
    public Map<String, CountedSubmission> of(long runId) {
        Map<Integer, Map<String, CellValue>> cells = new HashMap<>();
        jdbc.sql("""
                        SELECT c.submission_id, c.code, c.value_kind, c.value_num FROM submission_cell c
                        JOIN submission s ON s.run_id = c.run_id AND s.submission_id = c.submission_id
                        WHERE c.run_id = ? AND s.counts = TRUE""")
                .param(runId)
                .query(rs -> {
                    cells.computeIfAbsent(rs.getInt(1), id -> new HashMap<>())
                            .put(rs.getString(2), CellValue.stored(rs.getString(3), rs.getBigDecimal(4)));
                });
        Map<String, CountedSubmission> byUnit = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT submission_id, file_id, unit_code FROM submission
                        WHERE run_id = ? AND counts = TRUE ORDER BY submission_id""")
                .param(runId)
                .query(rs -> {
                    int submissionId = rs.getInt(1);
                    byUnit.put(rs.getString(3), new CountedSubmission(submissionId, rs.getInt(2), rs.getString(3),
                            Map.copyOf(cells.getOrDefault(submissionId, Map.of()))));
                });
        return byUnit;
    }
}
