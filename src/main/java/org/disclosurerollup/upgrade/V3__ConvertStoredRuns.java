package org.disclosurerollup.upgrade;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.disclosurerollup.catalog.Catalog;
import org.disclosurerollup.catalog.CellLayout;
import org.disclosurerollup.register.Unit;
import org.disclosurerollup.register.UnitRegister;
import org.disclosurerollup.submission.CellValue;
import org.disclosurerollup.submission.Figures;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Converts the runs an earlier version stored one row per submitted row and one per cell (tables left by V2 as
 * {@code submission_v1}, {@code submission_cell}, {@code submitted_row}) to one row per submission with its figures,
 * so that last year's figures and the console's pages of those runs read as before. The register each run was checked
 * against is taken from the units file its job parameters name, when that file is still there.
 */
@Component
public class V3__ConvertStoredRuns extends BaseJavaMigration {

    private static final Logger log = LoggerFactory.getLogger(V3__ConvertStoredRuns.class);

    private final Catalog catalog;

    V3__ConvertStoredRuns(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void migrate(Context context) {
        JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
        List<Long> runs = jdbc.queryForList("SELECT DISTINCT run_id FROM submission_v1 ORDER BY run_id", Long.class);
        for (long runId : runs) {
            convert(jdbc, runId);
        }
        jdbc.update("""
                UPDATE problem SET level = CASE WHEN row_no IS NOT NULL THEN 'row'
                                                WHEN submission_id IS NULL THEN 'file' ELSE 'submission' END""");
        jdbc.update("""
                UPDATE input_file SET rows_read = (SELECT COUNT(*) FROM submitted_row r
                                                    WHERE r.run_id = input_file.run_id AND r.file_id = input_file.file_id),
                                      rows_unattributed = (SELECT COUNT(*) FROM submitted_row r
                                                    WHERE r.run_id = input_file.run_id AND r.file_id = input_file.file_id
                                                      AND r.unit_code IS NULL)
                WHERE status = 'readable'""");
        jdbc.query("""
                SELECT run_id, file_id, unit_text FROM submitted_row WHERE unit_code IS NULL
                GROUP BY run_id, file_id, unit_text ORDER BY run_id, file_id, unit_text""", rs -> {
            String name = rs.getString(3) == null ? "（未填单位）" : rs.getString(3);
            jdbc.update("""
                            UPDATE input_file SET unattributed_units = CASE WHEN unattributed_units IS NULL THEN ?
                                                                            ELSE unattributed_units || '、' || ? END
                            WHERE run_id = ? AND file_id = ?""", name, name, rs.getLong(1), rs.getInt(2));
        });
        if (!runs.isEmpty()) {
            log.info("数据库升级：{} 次运行的数据已转换为新的存储方式", runs.size());
        }
    }

    private void convert(JdbcTemplate jdbc, long runId) {
        Map<String, Object> run = jdbc.queryForMap("SELECT report_year, template FROM rollup_run WHERE run_id = ?",
                runId);
        int year = ((Number) run.get("report_year")).intValue();
        CellLayout layout = catalog.template((String) run.get("template")).map(CellLayout::of)
                .orElse(CellLayout.parse(""));
        jdbc.update("UPDATE rollup_run SET cell_codes = ? WHERE run_id = ?", layout.text(), runId);
        jdbc.query("""
                SELECT s.submission_id, s.file_id, s.unit_code, s.unit_type, s.status, s.counts, s.superseded_by_file,
                       s.rows_read, s.rows_accepted, s.rows_rejected,
                       (SELECT COUNT(*) FROM submitted_row r WHERE r.run_id = s.run_id AND r.file_id = s.file_id
                           AND r.unit_code = s.unit_code AND r.reason = 'year-mismatch') AS of_another_year
                FROM submission_v1 s WHERE s.run_id = ? ORDER BY s.submission_id""", rs -> {
            Figures figures = figures(jdbc, runId, rs.getInt("submission_id"), layout);
            jdbc.update("""
                            INSERT INTO submission (run_id, file_id, unit_code, unit_type, status, counts,
                                                    superseded_by_file, rows_read, rows_accepted, rows_rejected,
                                                    rows_of_another_year, cell_kinds, cell_values)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    runId, rs.getInt("file_id"), rs.getString("unit_code"), rs.getString("unit_type"),
                    rs.getString("status"), rs.getBoolean("counts"), rs.getObject("superseded_by_file"),
                    rs.getLong("rows_read"), rs.getLong("rows_accepted"), rs.getLong("rows_rejected"),
                    rs.getLong("of_another_year"), figures == null ? null : figures.kinds(),
                    figures == null ? null : array(figures));
        }, runId);
        registerOf(jdbc, runId).ifPresent(register -> recordUnits(jdbc, runId, register, year));
    }

    private static Figures figures(JdbcTemplate jdbc, long runId, int submissionId, CellLayout layout) {
        Map<String, CellValue> cells = new LinkedHashMap<>();
        Set<String> derived = new HashSet<>();
        jdbc.query("""
                SELECT code, value_kind, value_num, derived FROM submission_cell
                WHERE run_id = ? AND submission_id = ?""", rs -> {
            CellValue value = CellValue.stored(rs.getString(2), rs.getBigDecimal(3));
            BigDecimal number = value.number();
            if (number == null || Figures.fits(number)) {
                cells.put(rs.getString(1), value);
            }
            if (rs.getBoolean(4)) {
                derived.add(rs.getString(1));
            }
        }, runId, submissionId);
        return cells.isEmpty() ? null : Figures.of(layout, cells, derived);
    }

    /** The register in the units file the run's job parameters name, when it can still be read. */
    private static Optional<UnitRegister> registerOf(JdbcTemplate jdbc, long runId) {
        List<String> files = jdbc.queryForList("""
                SELECT p.PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS p
                JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = p.JOB_EXECUTION_ID
                WHERE e.JOB_INSTANCE_ID = ? AND p.PARAMETER_NAME = 'units'""", String.class, runId);
        Set<String> distinct = new TreeSet<>(files);
        for (String file : distinct) {
            try {
                if (Files.isRegularFile(Path.of(file))) {
                    return Optional.of(UnitRegister.load(Path.of(file)));
                }
            } catch (RuntimeException e) {
                log.warn("数据库升级：运行 {} 的单位名单 {} 无法读取（{}），其报送情况在下次输出时按当时的名单列出", runId, file,
                        e.getMessage());
            }
        }
        return Optional.empty();
    }

    private static void recordUnits(JdbcTemplate jdbc, long runId, UnitRegister register, int year) {
        Map<String, Integer> seen = new HashMap<>();
        List<Unit> units = register.units();
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            if (seen.putIfAbsent(unit.code(), i) == null) {
                jdbc.update("""
                        INSERT INTO run_unit (run_id, position, code, name, unit_type, expected)
                        VALUES (?, ?, ?, ?, ?, ?)""", runId, i, unit.code(), unit.name(), unit.type().id(),
                        unit.expectedIn(year));
            }
        }
    }

    private static SqlArrayValue array(Figures figures) {
        return new SqlArrayValue("bigint", (Object[]) figures.storedValues());
    }
}
