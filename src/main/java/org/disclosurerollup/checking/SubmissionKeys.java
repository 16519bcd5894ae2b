package org.disclosurerollup.checking;

import javax.sql.DataSource;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;

/**
 * The submissions of a run: each unit's rows in each file, and each file rejected whole whose name gives a known unit,
 * numbered in a stable order (file, then unit) so that a restarted step gives every submission the same id again.
 */
public final class SubmissionKeys {

    private SubmissionKeys() {
    }

    public static JdbcCursorItemReader<SubmissionKey> reader(long runId, DataSource dataSource) {
        return new JdbcCursorItemReaderBuilder<SubmissionKey>()
                .name("submissionKeyReader")
                .dataSource(dataSource)
                .sql("""
                        SELECT ROW_NUMBER() OVER (ORDER BY file_id, unit_code) AS submission_id, file_id, unit_code
                        FROM (SELECT DISTINCT file_id, unit_code FROM submitted_row
                              WHERE run_id = ? AND unit_code IS NOT NULL
                              UNION
                              SELECT file_id, name_unit_code AS unit_code FROM input_file
                              WHERE run_id = ? AND status = 'rejected' AND name_unit_code IS NOT NULL) units
                        ORDER BY file_id, unit_code""")
                .queryArguments(runId, runId)
                .rowMapper((rs, n) -> new SubmissionKey(rs.getInt(1), rs.getInt(2), rs.getString(3)))
                .build();
    }
}
