package org.disclosurerollup.consolidation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.disclosurerollup.catalog.CatalogCell;
import org.disclosurerollup.catalog.Template;
import org.disclosurerollup.support.RunIds;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * Step {@code computeTotals}: sums the cells of the counted submissions per scope with one {@code GROUP BY} each, and
 * stores a total for every value cell of the template (zeros included). Amounts stay exact; rounding is for display.
 */
public class ComputeTotalsTasklet implements Tasklet {

    private static final String SUM_BY_CODE = """
            SELECT c.code, SUM(c.value_num) AS total
            FROM submission_cell c
            JOIN submission s ON s.run_id = c.run_id AND s.submission_id = c.submission_id
            WHERE c.run_id = :runId AND s.counts = TRUE AND s.unit_type IN (:unitTypes)
            GROUP BY c.code""";

    private final Template template;
    private final List<Scope> scopes;
    private final NamedParameterJdbcTemplate jdbc;

    public ComputeTotalsTasklet(Template template, List<Scope> scopes, NamedParameterJdbcTemplate jdbc) {
        this.template = template;
        this.scopes = scopes;
        this.jdbc = jdbc;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        long runId = RunIds.of(chunkContext);
        jdbc.update("DELETE FROM district_total WHERE run_id = :runId", Map.of("runId", runId));
        for (Scope scope : scopes) {
            Map<String, BigDecimal> sums = new HashMap<>();
            jdbc.query(SUM_BY_CODE, new MapSqlParameterSource("runId", runId).addValue("unitTypes", scope.unitTypes()),
                    rs -> {
                        BigDecimal total = rs.getBigDecimal("total");
                        sums.put(rs.getString("code"), total == null ? BigDecimal.ZERO : total);
                    });
            SqlParameterSource[] rows = template.valueCells().stream().map(CatalogCell::code)
                    .map(code -> new MapSqlParameterSource("runId", runId).addValue("scope", scope.id())
                            .addValue("code", code).addValue("total", sums.getOrDefault(code, BigDecimal.ZERO)))
                    .toArray(SqlParameterSource[]::new);
            jdbc.batchUpdate("INSERT INTO district_total (run_id, scope, code, total) VALUES (:runId, :scope, :code, :total)",
                    rows);
            contribution.incrementWriteCount(rows.length);
        }
        return RepeatStatus.FINISHED;
    }
}
