package org.disclosurerollup.export;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurerollup.audit.ProblemRepository;
import org.disclosurerollup.catalog.CellLayout;
import org.disclosurerollup.catalog.Severity;
import org.disclosurerollup.consolidation.Scope;
import org.disclosurerollup.consolidation.TotalsRepository;
import org.disclosurerollup.intake.InputFileRepository;
import org.disclosurerollup.intake.RunRepository;
import org.disclosurerollup.intake.YearRun;
import org.disclosurerollup.lastyear.YearOnYearComparison;
import org.disclosurerollup.register.AreaLevel;
import org.disclosurerollup.register.Unit;
import org.disclosurerollup.report.ReportInputs;
import org.disclosurerollup.submission.CellValue;
import org.disclosurerollup.submission.SubmissionRepository;
import org.disclosurerollup.submission.SubmissionStatus;
import org.springframework.stereotype.Component;

/**
 * The {@link ExportModel} of one run: the small parts read at once, the long ones (units, statuses, files, problems)
 * as {@link ExportModel.Lines} that read the database each time they are walked.
 */
@Component
public final class ExportModelLoader {

    private final RunRepository runs;
    private final InputFileRepository files;
    private final SubmissionRepository submissions;
    private final ProblemRepository problems;
    private final TotalsRepository totals;
    private final YearOnYearComparison yearOnYear;
    private final ReportInputs reports;

    ExportModelLoader(RunRepository runs, InputFileRepository files, SubmissionRepository submissions,
                      ProblemRepository problems, TotalsRepository totals, YearOnYearComparison yearOnYear,
                      ReportInputs reports) {
        this.reports = reports;
        this.runs = runs;
        this.files = files;
        this.submissions = submissions;
        this.problems = problems;
        this.totals = totals;
        this.yearOnYear = yearOnYear;
    }

    public ExportModel load(long runId, YearRun run, List<Scope> scopes) {
        AreaLevel level = run.area();
        ExportModel.Lines<ExportModel.SubmissionLine> statuses = statuses(runId, run);
        ExportModel.RunFacts facts = new ExportModel.RunFacts(run.district(), run.year(), runId,
                runs.fingerprint(runId),
                runs.startedAt(runId).orElse(null), LocalDateTime.now().withNano(0),
                run.yearFolder().toAbsolutePath().normalize().toString(), files(runId), counts(runId, statuses));
        return new ExportModel(facts, run.template(),
                Scope.of(scopes, run.register()).stream()
                        .map(s -> new ExportModel.Scope(s.id(), level.fill(s.label()))).toList(), totals(runId),
                units(runId), statuses, problems(runId, run), yearOnYear.of(runId, run.year(), run.template()),
                reports.of(runId, run), level);
    }

    /** The lines of {@code submissions.csv}, read as they are walked. */
    public ExportModel.Lines<ExportModel.SubmissionLine> statuses(long runId, YearRun run) {
        return new SubmissionStatusLines(runId, run.year(), run.register(), files, submissions)::forEach;
    }

    /** The run's counts: files and rows from the database, submissions rejected and units missing from the statuses. */
    public ExportModel.Counts counts(long runId, ExportModel.Lines<ExportModel.SubmissionLine> statuses) {
        int[] rejectedAndMissing = new int[2];
        statuses.forEach(line -> {
            if (line.status() == SubmissionStatus.REJECTED || line.status() == SubmissionStatus.UNEXPECTED) {
                rejectedAndMissing[0]++;
            } else if (line.status() == SubmissionStatus.MISSING) {
                rejectedAndMissing[1]++;
            }
        });
        InputFileRepository.Totals read = files.totals(runId);
        SubmissionRepository.Counts counted = submissions.counts(runId);
        return new ExportModel.Counts(read.files(), counted.counted(), rejectedAndMissing[0], rejectedAndMissing[1],
                read.rowsRead(), read.rowsAccepted(), read.rowsRead() - read.rowsAccepted(), counted.rowsSuperseded());
    }

    private ExportModel.Lines<ExportModel.InputFileFact> files(long runId) {
        return action -> files.forEachFact(runId, f -> action.accept(new ExportModel.InputFileFact(f.path(),
                f.sha256(), f.sizeBytes(), f.status(), f.rowsRead(), f.rowsAccepted(), f.rowsRead() - f.rowsAccepted())));
    }

    private Map<String, Map<String, BigDecimal>> totals(long runId) {
        Map<String, Map<String, BigDecimal>> byScope = new LinkedHashMap<>();
        totals.of(runId).forEach((scope, cells) -> {
            Map<String, BigDecimal> plain = new LinkedHashMap<>();
            cells.forEach((code, total) -> plain.put(code, CellValue.plain(total)));
            byScope.put(scope, plain);
        });
        return byScope;
    }

    private ExportModel.Lines<ExportModel.UnitFigures> units(long runId) {
        CellLayout layout = runs.cellLayout(runId);
        return action -> submissions.forEachCountedInRegisterOrder(runId, layout, unit -> action.accept(
                new ExportModel.UnitFigures(unit.unitCode(), unit.unitName(), unit.unitType(), unit.path(),
                        unit.figures().cells())));
    }

    /** Problems of an older version stay listed, saying that nothing needs correcting there. */
    private static String supersededNote(String newerFile) {
        return newerFile == null ? "" : "【该报表已被较新的 " + newerFile + " 替代，不计入汇总，无需更正】";
    }

    private ExportModel.Lines<ExportModel.ProblemLine> problems(long runId, YearRun run) {
        return action -> problems.forEachListed(runId, p -> {
            String unit = p.unitCode() == null ? p.unitText()
                    : run.register().byCode(p.unitCode()).map(Unit::name).orElse(p.unitText());
            action.accept(new ExportModel.ProblemLine(Severity.ofId(p.severity()), p.path(), p.sheet(), p.rowNo(), unit,
                    p.code(), p.rawValue(), p.reason(), supersededNote(p.supersededBy()) + p.message()));
        });
    }
}
