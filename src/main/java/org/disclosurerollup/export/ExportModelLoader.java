package org.disclosurerollup.export;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurerollup.audit.ProblemRepository;
import org.disclosurerollup.catalog.Catalog;
import org.disclosurerollup.catalog.CellLayout;
import org.disclosurerollup.catalog.Severity;
import org.disclosurerollup.consolidation.Scope;
import org.disclosurerollup.consolidation.TotalsRepository;
import org.disclosurerollup.intake.InputFileRepository;
import org.disclosurerollup.intake.RunRepository;
import org.disclosurerollup.intake.YearRun;
import org.disclosurerollup.lastyear.ComparableCells;
import org.disclosurerollup.lastyear.LastYearRuns;
import org.disclosurerollup.lastyear.YearOnYearComparison;
import org.disclosurerollup.register.AreaLevel;
import org.disclosurerollup.register.Unit;
import org.disclosurerollup.register.UnitType;
import org.disclosurerollup.report.MainFigures;
import org.disclosurerollup.report.ReportInputs;
import org.disclosurerollup.submission.CellValue;
import org.disclosurerollup.submission.Figures;
import org.disclosurerollup.submission.Gaps;
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
    private final Catalog catalog;
    private static final String REGION = UnitType.REGION.id();

    ExportModelLoader(RunRepository runs, InputFileRepository files, SubmissionRepository submissions,
                      ProblemRepository problems, TotalsRepository totals, YearOnYearComparison yearOnYear,
                      ReportInputs reports, Catalog catalog) {
        this.reports = reports;
        this.catalog = catalog;
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
                runs.fingerprint(runId).orElseThrow(),
                runs.startedAt(runId).orElse(null), LocalDateTime.now().withNano(0),
                run.yearFolder().toAbsolutePath().normalize().toString(), files(runId), counts(runId, statuses));
        return new ExportModel(facts, run.template(),
                Scope.of(scopes, run.register()).stream()
                        .map(s -> new ExportModel.Scope(s.id(), level.fill(s.label()))).toList(), totals(runId),
                units(runId), statuses, problems(runId, run), yearOnYear.of(runId, run.year(), run.template()),
                reports.of(runId, run), level, lowerAreas(runId, run), completeness(runId, run, scopes));
    }

    /** What each scope's totals lack this year, and what last year's whole-area totals lacked. */
    private ExportModel.Completeness completeness(long runId, YearRun run, List<Scope> scopes) {
        Map<String, Gaps.Collector> byScope = new LinkedHashMap<>();
        Scope.of(scopes, run.register())
                .forEach(scope -> byScope.put(scope.id(), new Gaps.Collector(scope.unitTypes()::contains)));
        submissions.forEachUnitCounted(runId, unit -> byScope.values().forEach(collector -> collector.accept(unit)));
        Map<String, Gaps> gaps = new LinkedHashMap<>();
        byScope.forEach((scope, collector) -> gaps.put(scope, collector.gaps()));
        return new ExportModel.Completeness(gaps, new LastYearRuns(runs).comparedWith(runId)
                .map(last -> submissions.gaps(last.runId(), type -> true)));
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

    /** The areas below (few: a city's counties, a province's cities) with their main figures of last year. */
    private List<ExportModel.LowerArea> lowerAreas(long runId, YearRun run) {
        List<MainFigures.MainFigure> main = MainFigures.of(run.template());
        Map<String, Map<String, BigDecimal>> lastYear = new HashMap<>();
        new LastYearRuns(runs).comparedWith(runId).ifPresent(last -> catalog.template(last.template()).ifPresent(
                lastTemplate -> {
                    List<MainFigures.MainFigure> comparable = main.stream().filter(figure -> figure.codes().stream()
                            .allMatch(code -> ComparableCells.sameCellIn(lastTemplate,
                                    run.template().cell(code).orElseThrow()))).toList();
                    submissions.forEachCountedOfType(last.runId(), runs.cellLayout(last.runId()), REGION,
                            area -> lastYear.put(area.unitCode(), values(comparable, area.figures())));
                }));
        List<ExportModel.LowerArea> areas = new ArrayList<>();
        submissions.forEachCountedOfType(runId, runs.cellLayout(runId), REGION, area -> areas.add(
                new ExportModel.LowerArea(area.unitCode(), area.unitName(), area.path(),
                        area.lowerAreaRun() == null ? "" : area.lowerAreaRun().note(), area.figures().cells(),
                        lastYear.getOrDefault(area.unitCode(), Map.of()))));
        return areas;
    }

    private static Map<String, BigDecimal> values(List<MainFigures.MainFigure> figures, Figures cells) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        figures.forEach(figure -> values.put(figure.label(), figure.codes().stream()
                .map(code -> cells.cell(code).forSums()).reduce(BigDecimal.ZERO, BigDecimal::add)));
        return values;
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
