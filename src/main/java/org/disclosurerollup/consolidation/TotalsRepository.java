package org.disclosurerollup.consolidation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code district_total}: a run's totals, per scope and value cell, exact (万元 not rounded). */
@Repository
public class TotalsRepository {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    public TotalsRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    /** Replaces the run's totals: scope id → code → total. */
    public void record(long runId, Map<String, Map<String, BigDecimal>> totals) {
        forgetRun(runId);
        List<SqlParameterSource> rows = totals.entrySet().stream()
                .flatMap(scope -> scope.getValue().entrySet().stream().map(cell -> (SqlParameterSource)
                        new MapSqlParameterSource("runId", runId).addValue("scope", scope.getKey())
                                .addValue("code", cell.getKey()).addValue("total", cell.getValue())))
                .toList();
        named.batchUpdate("INSERT INTO district_total (run_id, scope, code, total) VALUES (:runId, :scope, :code, :total)",
                rows.toArray(SqlParameterSource[]::new));
    }

    public void forgetRun(long runId) {
        jdbc.sql("DELETE FROM district_total WHERE run_id = ?").param(runId).update();
    }

    /** Whether the run has its totals stored. */
    public boolean hasTotals(long runId) {
        return jdbc.sql("SELECT COUNT(*) FROM district_total WHERE run_id = ?").param(runId).query(Long.class)
                .single() > 0;
    }

    /** Scope id → code → total, as stored (trailing zeros of the DECIMAL column included). */
    public Map<String, Map<String, BigDecimal>> of(long runId) {
        Map<String, Map<String, BigDecimal>> totals = new LinkedHashMap<>();
        jdbc.sql("SELECT scope, code, total FROM district_total WHERE run_id = ?").param(runId)
                .query(rs -> {
                    totals.computeIfAbsent(rs.getString(1), scope -> new HashMap<>())
                            .put(rs.getString(2), rs.getBigDecimal(3));
                });
        return totals;
    }

    /** Code → total of one scope. */
    public Map<String, BigDecimal> of(long runId, String scope) {
        Map<String, BigDecimal> totals = new HashMap<>();
        jdbc.sql("SELECT code, total FROM district_total WHERE run_id = ? AND scope = ?").params(runId, scope)
                .query(rs -> {
                    totals.put(rs.getString(1), rs.getBigDecimal(2));
                });
        return totals;
    }
}
