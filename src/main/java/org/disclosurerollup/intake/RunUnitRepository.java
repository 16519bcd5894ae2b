package org.disclosurerollup.intake;

import java.util.List;
import org.disclosurerollup.register.Unit;
import org.disclosurerollup.register.UnitRegister;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code run_unit}: the register a run was checked against, in its order, with who was expected that year. */
@Repository
public class RunUnitRepository {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    public RunUnitRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    /** Records the register of run {@code runId} (again: what it held before is replaced). */
    public void record(long runId, UnitRegister register, int year) {
        forgetRun(runId);
        List<Unit> units = register.units();
        SqlParameterSource[] rows = new SqlParameterSource[units.size()];
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            rows[i] = new MapSqlParameterSource("runId", runId).addValue("position", i).addValue("code", unit.code())
                    .addValue("name", unit.name()).addValue("type", unit.type().id())
                    .addValue("expected", unit.expectedIn(year));
        }
        named.batchUpdate("""
                INSERT INTO run_unit (run_id, position, code, name, unit_type, expected)
                VALUES (:runId, :position, :code, :name, :type, :expected)""", rows);
    }

    /** Records the register of a run stored before runs kept theirs (converted from an earlier version). */
    public void recordIfMissing(long runId, UnitRegister register, int year) {
        if (jdbc.sql("SELECT COUNT(*) FROM run_unit WHERE run_id = ?").param(runId).query(Long.class).single() == 0) {
            record(runId, register, year);
        }
    }

    public void forgetRun(long runId) {
        jdbc.sql("DELETE FROM run_unit WHERE run_id = ?").param(runId).update();
    }
}
