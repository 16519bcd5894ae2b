package org.disclosurerollup.audit;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.disclosurerollup.catalog.Severity;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code problem}: every problem of every run. Writes join the caller's transaction. */
@Repository
public class ProblemRepository {

    private static final String INSERT = """
            INSERT INTO problem (run_id, file_id, level, item_no, seq, severity, sheet, row_no, unit_code,
                                 unit_text, code, raw_value, reason, message)
            VALUES (:runId, :fileId, :level, :itemNo, :seq, :severity, :sheet, :rowNo, :unitCode,
                    :unitText, :code, :rawValue, :reason, :message)""";

    /** Report order: by file (a run's own problems first), the file's own, its rows, its submissions. */
    private static final String REPORT_ORDER = """
            ORDER BY p.file_id NULLS FIRST,
                     CASE p.level WHEN 'file' THEN 0 WHEN 'row' THEN 1 ELSE 2 END,
                     p.row_no, p.item_no, p.unit_code, p.seq""";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    public ProblemRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    public void record(long runId, Collection<Problem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        named.batchUpdate(INSERT, problems.stream().map(p -> parameters(runId, p)).toArray(SqlParameterSource[]::new));
    }

    /** Removes the problems of these rows of a file (one problem of the whole submission says it for them). */
    public void forgetRows(long runId, int fileId, Collection<Integer> itemNos) {
        named.batchUpdate("DELETE FROM problem WHERE run_id = :runId AND file_id = :fileId AND item_no = :itemNo",
                itemNos.stream().map(itemNo -> new MapSqlParameterSource("runId", runId).addValue("fileId", fileId)
                        .addValue("itemNo", itemNo)).toArray(SqlParameterSource[]::new));
    }

    /** Removes the problems of a run with one of these reasons (a step that writes them again). */
    public void forget(long runId, List<String> reasons) {
        named.update("DELETE FROM problem WHERE run_id = :runId AND reason IN (:reasons)",
                new MapSqlParameterSource("runId", runId).addValue("reasons", reasons));
    }

    public void forgetRun(long runId) {
        jdbc.sql("DELETE FROM problem WHERE run_id = ?").param(runId).update();
    }

    /**
     * A problem as the outputs list it.
     *
     * @param path         the file, relative to the year folder; null for a problem of the run
     * @param supersededBy for a problem of a version that a newer file replaced, that file's path
     */
    public record Listed(String severity, String path, String sheet, Integer rowNo, String unitCode, String unitText,
                         String code, String rawValue, String reason, String message, String supersededBy) {
    }

    /** Every problem of a run in report order, read from the database as it is walked. */
    public void forEachListed(long runId, Consumer<Listed> action) {
        jdbc.sql("""
                        SELECT p.severity, f.path, p.sheet, p.row_no, p.unit_code, p.unit_text, p.code, p.raw_value,
                               p.reason, p.message,
                               (SELECT newer.path FROM submission s
                                  JOIN input_file newer ON newer.run_id = s.run_id AND newer.file_id = s.superseded_by_file
                                 WHERE s.run_id = p.run_id AND s.file_id = p.file_id AND s.status = 'superseded'
                                   AND (s.unit_code = p.unit_code OR (p.unit_code IS NULL AND f.status = 'rejected'))
                                 ORDER BY s.unit_code FETCH FIRST 1 ROWS ONLY) AS superseded_by
                        FROM problem p LEFT JOIN input_file f ON f.run_id = p.run_id AND f.file_id = p.file_id
                        WHERE p.run_id = ?
                        """ + REPORT_ORDER)
                .param(runId)
                .query(rs -> {
                    action.accept(new Listed(rs.getString("severity"), rs.getString("path"), rs.getString("sheet"),
                            (Integer) rs.getObject("row_no", Integer.class), rs.getString("unit_code"),
                            rs.getString("unit_text"), rs.getString("code"), rs.getString("raw_value"),
                            rs.getString("reason"), rs.getString("message"), rs.getString("superseded_by")));
                });
    }

    /** A warning of a submission that counts in its run. */
    public record CountedWarning(String unitCode, String unitText, String code, String rawValue, String reason,
                                 String message) {
    }

    /** The warnings of these reasons of the submissions that count in a run, in report order. */
    public void forEachWarningOfCounted(long runId, List<String> reasons, Consumer<CountedWarning> action) {
        named.query("""
                        SELECT p.unit_code, p.unit_text, p.code, p.raw_value, p.reason, p.message FROM problem p
                        JOIN submission s ON s.run_id = p.run_id AND s.file_id = p.file_id AND s.unit_code = p.unit_code
                        WHERE p.run_id = :runId AND p.severity = 'warn' AND p.reason IN (:reasons) AND s.counts = TRUE
                        ORDER BY p.file_id, p.row_no, p.item_no, p.unit_code, p.seq""",
                new MapSqlParameterSource("runId", runId).addValue("reasons", reasons),
                rs -> {
                    action.accept(new CountedWarning(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6)));
                });
    }

    /**
     * The first problems of a severity of one file and unit (unit null: the file's own, or rows naming no unit of the
     * register), in report order, and how many there are.
     */
    public record FirstOfUnit(String path, String unitCode, String sheet, Integer rowNo, String reason, String message,
                              long total) {
    }

    public void forEachFirstOfUnit(long runId, String severity, int first, Consumer<FirstOfUnit> action) {
        jdbc.sql("""
                        SELECT path, unit_code, sheet, row_no, reason, message, total FROM (
                          SELECT f.path, p.unit_code, p.sheet, p.row_no, p.reason, p.message,
                                 ROW_NUMBER() OVER (PARTITION BY p.file_id, p.unit_code
                                                    ORDER BY p.row_no NULLS FIRST, p.seq) AS n,
                                 COUNT(*) OVER (PARTITION BY p.file_id, p.unit_code) AS total
                          FROM problem p JOIN input_file f ON f.run_id = p.run_id AND f.file_id = p.file_id
                          WHERE p.run_id = ? AND p.severity = ?) numbered
                        WHERE n <= ? ORDER BY path, n""")
                .params(runId, severity, first)
                .query(rs -> {
                    action.accept(new FirstOfUnit(rs.getString("path"), rs.getString("unit_code"),
                            rs.getString("sheet"), (Integer) rs.getObject("row_no", Integer.class),
                            rs.getString("reason"), rs.getString("message"), rs.getLong("total")));
                });
    }

    /**
     * The unit a problem concerns: its own unit, or for a file rejected whole, that file's unit. Rows naming no unit of
     * the register, and files naming none, concern no unit.
     */
    private static final String UNIT_OF_PROBLEM = """
            JOIN submission s ON s.run_id = p.run_id AND s.file_id = p.file_id
                             AND (s.unit_code = p.unit_code OR (p.unit_code IS NULL AND p.level = 'file'))""";

    /** A problem the unit has to fix: not one of a version that a newer file replaced, nor of a reason left out. */
    private static final String TO_FIX = """
             WHERE p.run_id = :runId AND s.status <> 'superseded' AND p.reason NOT IN (:leftOut)""";

    /** Unit code → how many problems it has to fix in a run; {@code leftOut}: reasons that are not for the units. */
    public Map<String, Long> toFixByUnit(long runId, Collection<String> leftOut) {
        Map<String, Long> counts = new HashMap<>();
        named.query("SELECT s.unit_code, COUNT(*) FROM problem p " + UNIT_OF_PROBLEM + TO_FIX + " GROUP BY s.unit_code",
                new MapSqlParameterSource("runId", runId).addValue("leftOut", leftOut),
                rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    /** A problem as the unit's notice lists it. */
    public record OfUnit(boolean error, String path, String sheet, Integer rowNo, String code, String rawValue,
                         String reason, String message) {
    }

    /** The problems one unit has to fix: errors first, then warnings, each in report order, read as walked. */
    public void forEachOfUnit(long runId, String unitCode, Collection<String> leftOut, Consumer<OfUnit> action) {
        named.query("""
                        SELECT p.severity, f.path, p.sheet, p.row_no, p.code, p.raw_value, p.reason, p.message
                        FROM problem p JOIN input_file f ON f.run_id = p.run_id AND f.file_id = p.file_id
                        """ + UNIT_OF_PROBLEM + TO_FIX + """
                         AND s.unit_code = :unitCode
                        ORDER BY CASE p.severity WHEN 'error' THEN 0 ELSE 1 END, p.file_id,
                                 CASE p.level WHEN 'file' THEN 0 WHEN 'row' THEN 1 ELSE 2 END,
                                 p.row_no, p.item_no, p.seq""",
                new MapSqlParameterSource("runId", runId).addValue("leftOut", leftOut).addValue("unitCode", unitCode),
                rs -> {
                    action.accept(new OfUnit(Severity.ERROR.id().equals(rs.getString(1)), rs.getString(2),
                            rs.getString(3), (Integer) rs.getObject(4, Integer.class), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8)));
                });
    }

    private static SqlParameterSource parameters(long runId, Problem p) {
        return new MapSqlParameterSource()
                .addValue("runId", runId).addValue("fileId", p.fileId()).addValue("level", p.level().id())
                .addValue("itemNo", p.itemNo()).addValue("seq", p.seq()).addValue("severity", p.severity())
                .addValue("sheet", p.sheet()).addValue("rowNo", p.rowNo()).addValue("unitCode", p.unitCode())
                .addValue("unitText", Texts.clip(p.unitText(), 200)).addValue("code", Texts.clip(p.code(), 40))
                .addValue("rawValue", Texts.clip(p.rawValue(), 2000)).addValue("reason", p.reason())
                .addValue("message", Texts.clip(p.message(), 4000));
    }
}
