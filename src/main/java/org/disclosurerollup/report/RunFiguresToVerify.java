package org.disclosurerollup.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.disclosurerollup.catalog.Catalog;
import org.disclosurerollup.catalog.Template;
import org.disclosurerollup.intake.RunRepository;
import org.disclosurerollup.intake.YearRun;
import org.disclosurerollup.lastyear.LastYearRun;
import org.disclosurerollup.lastyear.LastYearRuns;
import org.disclosurerollup.register.AreaLevel;
import org.disclosurerollup.register.Unit;
import org.disclosurerollup.register.UnitType;
import org.disclosurerollup.submission.SubmissionRepository;
import org.springframework.stereotype.Component;

/**
 * The unit figures to check of a run ({@link FiguresToVerify}), from its counted submissions and those of the run of
 * last year it was compared with, each read once from the database as it is walked.
 */
@Component
public class RunFiguresToVerify {

    private final RunRepository runs;
    private final SubmissionRepository submissions;
    private final Catalog catalog;

    RunFiguresToVerify(RunRepository runs, SubmissionRepository submissions, Catalog catalog) {
        this.runs = runs;
        this.submissions = submissions;
        this.catalog = catalog;
    }

    public List<FiguresToVerify.Flag> of(long runId, YearRun run) {
        Optional<LastYearRun> lastYear = new LastYearRuns(runs).comparedWith(runId);
        Optional<Template> lastTemplate = lastYear.flatMap(last -> catalog.template(last.template()));
        AreaLevel area = run.area();
        List<Stream<?>> opened = new ArrayList<>();
        try {
            Iterable<UnitValues> thisYear = iterable(opened, () -> submissions.counted(runId, runs.cellLayout(runId))
                    .map(counted -> values(counted, run.register().byCode(counted.unitCode()), area)));
            Iterable<UnitValues> before = lastYear.isEmpty() || lastTemplate.isEmpty() ? List.of()
                    : iterable(opened, () -> submissions.counted(lastYear.get().runId(),
                            runs.cellLayout(lastYear.get().runId())).map(counted -> values(counted, Optional.empty(), area)));
            return new FiguresToVerify(run.template(), lastTemplate).flags(thisYear, before);
        } finally {
            opened.forEach(Stream::close);
        }
    }

    /** A stream opened when first walked, and closed by {@link #of}. */
    private static <T> Iterable<T> iterable(List<Stream<?>> opened, Supplier<Stream<T>> stream) {
        return () -> {
            Stream<T> walked = stream.get();
            opened.add(walked);
            Iterator<T> iterator = walked.iterator();
            return iterator;
        };
    }

    private static UnitValues values(SubmissionRepository.Counted counted, Optional<Unit> unit, AreaLevel area) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        counted.figures().cells().forEach((code, value) -> values.put(code, value.forSums()));
        return new UnitValues(counted.unitCode(), unit.map(Unit::name).orElse(counted.unitCode()),
                UnitType.ofId(counted.unitType()).label(area), values);
    }
}
