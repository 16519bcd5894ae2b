package org.disclosurerollup.submission;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Table {@code lower_area_run}: for a submission that is a lower area's consolidated workbook, the run of that area it
 * comes from and what its total lacks. Read with the submissions (see {@link SubmissionRepository}).
 */
@Repository
public class LowerAreaRunRepository {

    private final JdbcClient jdbc;

    public LowerAreaRunRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param gaps what the area's total lacks, as said in the status ({@code 缺报：红沙梁镇}); empty when nothing
     */
    public record Stored(int fileId, String unitCode, String area, int areaYear, long areaRun, String fingerprint,
                         String exportedAt, String gaps) {

        /** How the status notes say where the figures come from: {@code 民勤县 2024年汇总（运行 #12，…）；缺报：红沙梁镇}. */
        public String note() {
            String source = area + " " + areaYear + "年汇总（运行 #" + areaRun
                    + (fingerprint == null || fingerprint.isEmpty() ? "" : "，输入指纹 " + shortened(fingerprint))
                    + (exportedAt == null || exportedAt.isEmpty() ? "" : "，导出于 " + exportedAt) + "）";
            return gaps == null || gaps.isEmpty() ? source : source + "；" + gaps;
        }

        private static String shortened(String fingerprint) {
            return fingerprint.length() > 12 ? fingerprint.substring(0, 12) : fingerprint;
        }
    }

    public void record(long runId, Stored run) {
        jdbc.sql("""
                INSERT INTO lower_area_run (run_id, file_id, unit_code, area, area_year, area_run, fingerprint, exported_at,
                                            gaps)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(runId, run.fileId(), run.unitCode(), run.area(), run.areaYear(), run.areaRun(),
                        run.fingerprint(), run.exportedAt(), run.gaps())
                .update();
    }

    public void forgetRun(long runId) {
        jdbc.sql("DELETE FROM lower_area_run WHERE run_id = ?").param(runId).update();
    }
}
