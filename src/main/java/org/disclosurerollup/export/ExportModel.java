package org.disclosurerollup.export;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.disclosurerollup.catalog.Severity;
import org.disclosurerollup.catalog.Template;
import org.disclosurerollup.intake.FileStatus;
import org.disclosurerollup.lastyear.YearOnYear;
import org.disclosurerollup.register.AreaLevel;
import org.disclosurerollup.report.ReportInput;
import org.disclosurerollup.submission.CellValue;
import org.disclosurerollup.submission.Gaps;
import org.disclosurerollup.submission.SubmissionStatus;

/**
 * Everything the outputs of one year show. What grows with the number of units, files or problems is not held: it is
 * read from the database each time an output walks it ({@link Lines}); the rest is small.
 *
 * @param totals     scope id ({@code all}, {@code district}, {@code government}, {@code department}, {@code township})
 *                   → code → exact sum (万元 not yet rounded); every value cell of the template is present
 * @param units      the counted (accepted) submissions, one line each in the per-unit sheet, in register order
 * @param statuses   the lines of {@code submissions.csv}, in register order
 * @param problems   every problem: rejected rows, rejected files, broken rules, warnings
 * @param yearOnYear this year's 全区 figures against last year's (the 同比 sheet), or that there was no last year
 * @param report     what the draft of the annual report is written from
 * @param area       how the area's level names its scopes and unit types: 全区 / 区本级 / 区直部门, 全市 / 市本级 …
 * @param lowerAreas the counted submissions of the areas below (a city's counties), in register order; few, so held
 * @param completeness what the totals lack (units missing or rejected), said under the titles of the sheets
 */
public record ExportModel(RunFacts facts, Template template, List<Scope> scopes,
                          Map<String, Map<String, BigDecimal>> totals, Lines<UnitFigures> units,
                          Lines<SubmissionLine> statuses, Lines<ProblemLine> problems, YearOnYear yearOnYear,
                          ReportInput report, AreaLevel area, List<LowerArea> lowerAreas,
                          Completeness completeness) {

    /**
     * What the totals lack.
     *
     * @param byScope  scope id → the gaps of the units it sums (the whole area's with the lower areas' own gaps)
     * @param lastYear the gaps of last year's whole-area totals this year is compared with, when there is a last year
     */
    public record Completeness(Map<String, Gaps> byScope, Optional<Gaps> lastYear) {

        public static final Completeness COMPLETE = new Completeness(Map.of(), Optional.empty());

        public Completeness {
            byScope = Map.copyOf(byScope);
        }

        public Gaps of(String scope) {
            return byScope.getOrDefault(scope, Gaps.NONE);
        }
    }

    /** Lines handed out one by one in report order, from the database each time they are walked (or from a list). */
    @FunctionalInterface
    public interface Lines<T> {
        void forEach(Consumer<? super T> action);

        static <T> Lines<T> of(List<T> lines) {
            return lines::forEach;
        }
    }

    /** A totals scope, one line of {@code scopes.csv}. */
    public record Scope(String id, String label) {
    }

    /** @param fingerprint the input fingerprint that identifies the run (SHA-256, hex) */
    public record RunFacts(String district, int year, long runId, String fingerprint, LocalDateTime startedAt,
                           LocalDateTime exportedAt, String inputFolder, Lines<InputFileFact> files, Counts counts) {
    }

    public record InputFileFact(String path, String sha256, long sizeBytes, FileStatus status, long rowsRead,
                                long rowsAccepted, long rowsRejected) {
    }

    /**
     * Run counts for the summary: files, submissions and rows. {@code rowsSuperseded}: accepted rows of versions a
     * newer one replaced — accepted, yet not in the totals.
     */
    public record Counts(int files, int submissionsAccepted, int submissionsRejected, int unitsMissing,
                         long rowsRead, long rowsAccepted, long rowsRejected, long rowsSuperseded) {

        public Counts(int files, int submissionsAccepted, int submissionsRejected, int unitsMissing, long rowsRead,
                      long rowsAccepted, long rowsRejected) {
            this(files, submissionsAccepted, submissionsRejected, unitsMissing, rowsRead, rowsAccepted, rowsRejected, 0);
        }

        /** The two lines of a run's summary, as the command line and the console say them. */
        public List<String> summaryLines() {
            return List.of("文件 " + files + " 个；报表 采用 " + submissionsAccepted + "，退回 " + submissionsRejected
                            + "，未报送单位 " + unitsMissing,
                    "数据行 读取 " + rowsRead + " = 采用 " + rowsAccepted + " + 退回 " + rowsRejected
                            + (rowsSuperseded == 0 ? "" : "（采用的行中有 " + rowsSuperseded + " 行属于已被替代的旧报表，不计入汇总）"));
        }
    }

    /**
     * A lower area's counted submission, for the per-area sheets.
     *
     * @param source   where its figures come from (the area's run and what it lacks), or empty
     * @param lastYear its main figures in the run of last year compared with, by label, where they compare
     */
    public record LowerArea(String unitCode, String name, String file, String source, Map<String, CellValue> cells,
                            Map<String, BigDecimal> lastYear) {
    }

    /** One counted submission's cells (after duplicate handling and derived totals). */
    public record UnitFigures(String unitCode, String unitName, String unitType, String file,
                              Map<String, CellValue> cells) {
    }

    /**
     * One line of {@code submissions.csv}. {@code received}: when the file came (null for a missing unit); the
     * workbook shows it, the CSV keeps the contract's columns.
     */
    public record SubmissionLine(String unitCode, String unit, String unitType, SubmissionStatus status, String file,
                                 String sha256, long accepted, long rejected, String note, Received received) {

        public SubmissionLine(String unitCode, String unit, String unitType, SubmissionStatus status, String file,
                              String sha256, long accepted, long rejected, String note) {
            this(unitCode, unit, unitType, status, file, sha256, accepted, rejected, note, null);
        }
    }

    /** When a file came: the first run of the year that saw its bytes, and its modification time. */
    public record Received(long run, LocalDateTime modifiedAt) {
    }

    /**
     * One problem. {@code severity} ERROR goes to rejected-rows.csv; {@code row} is null for a whole file or a rule;
     * {@code reason} is a contract reason code for errors, a descriptive id for warnings ({@code derived-total},
     * {@code rule-warning}, …).
     */
    public record ProblemLine(Severity severity, String file, String sheet, Integer row, String unit, String code,
                              String value, String reason, String message) {

        public boolean rejects() {
            return severity == Severity.ERROR;
        }
    }
}
