package org.disclosurerollup.report;

import com.opencsv.CSVReaderHeaderAware;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disclosurerollup.audit.ProblemRepository;
import org.disclosurerollup.catalog.Catalog;
import org.disclosurerollup.consolidation.TotalsRepository;
import org.disclosurerollup.intake.RunRepository;
import org.disclosurerollup.intake.YearRun;
import org.disclosurerollup.lastyear.LastYearRun;
import org.disclosurerollup.lastyear.LastYearRuns;
import org.disclosurerollup.register.AreaLevel;
import org.disclosurerollup.register.Unit;
import org.disclosurerollup.register.UnitType;
import org.disclosurerollup.submission.Gaps;
import org.disclosurerollup.submission.SubmissionRepository;
import org.springframework.stereotype.Component;

/**
 * The {@link ReportInput} of a run, from the database: its whole-area totals, last year's (the run it was compared
 * with) and the years before for the chart, the unit figures to check and the warnings that changed the totals.
 */
@Component
public class ReportInputs {

    /** The whole-area scope of {@code scopes.csv}. */
    static final String WHOLE_AREA = "all";
    /** Earlier years drawn in the chart of the last years, beside this one. */
    static final int YEARS_BEFORE = 4;
    /** Warnings of counted submissions whose figures went into the totals as the program read them. */
    static final List<String> WARNINGS_ON_TOTALS = List.of("derived-total", "yuan-to-wanyuan", "rule-warning");

    private final RunRepository runs;
    private final TotalsRepository totals;
    private final ProblemRepository problems;
    private final RunFiguresToVerify figuresToVerify;
    private final Catalog catalog;
    private final SubmissionRepository submissions;
    private final Map<String, String> sources = sources();

    ReportInputs(RunRepository runs, TotalsRepository totals, ProblemRepository problems,
                 RunFiguresToVerify figuresToVerify, Catalog catalog, SubmissionRepository submissions) {
        this.submissions = submissions;
        this.runs = runs;
        this.totals = totals;
        this.problems = problems;
        this.figuresToVerify = figuresToVerify;
        this.catalog = catalog;
    }

    public ReportInput of(long runId, YearRun run) {
        AreaLevel level = run.area();
        Optional<LastYearRun> lastYear = new LastYearRuns(runs).comparedWith(runId);
        Optional<YearTotals> last = lastYear.flatMap(this::totalsOf);
        List<YearTotals> history = new ArrayList<>();
        last.ifPresent(history::add);
        for (int year = run.year() - 2; year >= run.year() - YEARS_BEFORE; year--) {
            runs.latestCompleted(year, run.district()).map(c -> new LastYearRun(c.runId(), c.year(), c.template(),
                    c.completedAt())).flatMap(this::totalsOf).ifPresent(history::add);
        }
        Gaps gaps = submissions.gaps(runId, type -> true);
        Optional<Gaps> lastYearGaps = lastYear.map(lastRun -> submissions.gaps(lastRun.runId(), type -> true));
        List<VerifyLine> toVerify = new ArrayList<>(GapLines.of(run.year(), gaps, lastYearGaps));
        figuresToVerify.of(runId, run).forEach(flag -> toVerify.add(flag.line()));
        problems.forEachWarningOfCounted(runId, WARNINGS_ON_TOTALS, warning -> toVerify.add(VerifyLine.warning(
                run.register().byCode(warning.unitCode()).map(Unit::name).orElse(warning.unitText()), run.template(),
                warning.code(), warning.rawValue(), warning.message())));
        return new ReportInput(run.district(), level.wholeArea(), run.year(), run.template(),
                compiledFrom(run, level), totals.of(runId, WHOLE_AREA), last, history, toVerify, gaps, lastYearGaps);
    }

    private Optional<YearTotals> totalsOf(LastYearRun run) {
        return catalog.template(run.template())
                .map(template -> new YearTotals(run.year(), template, totals.of(run.runId(), WHOLE_AREA)));
    }

    /** Whose reports the totals sum, by the types of the units expected this year: 区政府及区直各部门, 各乡镇（街道）. */
    private List<String> compiledFrom(YearRun run, AreaLevel level) {
        Map<UnitType, String> phrases = new LinkedHashMap<>();
        for (UnitType type : UnitType.values()) {
            if (run.register().units().stream().anyMatch(u -> u.type() == type && u.expectedIn(run.year()))) {
                phrases.put(type, sources.getOrDefault(type.id(), "").replace("{level}", level.level())
                        .replace("{lower_areas}", level.lowerAreas()));
            }
        }
        List<String> compiled = new ArrayList<>();
        String government = phrases.remove(UnitType.GOVERNMENT);
        String departments = phrases.remove(UnitType.DEPARTMENT);
        if (government != null || departments != null) {
            compiled.add(government != null && departments != null ? government + "及" + departments
                    : government != null ? government : departments);
        }
        phrases.values().stream().filter(phrase -> !phrase.isEmpty()).forEach(compiled::add);
        return compiled;
    }

    private static Map<String, String> sources() {
        try (InputStream in = ReportInputs.class.getResourceAsStream("/domain/report-sources.csv");
             CSVReaderHeaderAware csv = new CSVReaderHeaderAware(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Map<String, String> phrases = new LinkedHashMap<>();
            for (Map<String, String> line = csv.readMap(); line != null; line = csv.readMap()) {
                phrases.put(line.get("unit_type"), line.get("phrase"));
            }
            return phrases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CsvException e) {
            throw new IllegalStateException("domain/report-sources.csv: " + e.getMessage(), e);
        }
    }
}
