package org.disclosurerollup.job;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import org.disclosurerollup.RollupProperties;
import org.disclosurerollup.catalog.Catalog;
import org.disclosurerollup.catalog.Template;
import org.disclosurerollup.intake.YearRun;
import org.disclosurerollup.register.AreaLevels;
import org.disclosurerollup.register.NameAffixes;
import org.disclosurerollup.register.UnitNameResolver;
import org.disclosurerollup.register.UnitRegister;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * Builds the {@link YearRun} of a job execution from its parameters, and the parameters of a new run: the year and the
 * input fingerprint identify the run (no incrementer); the folders, the district and the run of last year it compares
 * with come along, not identifying (the fingerprint covers them). A run of the same input started afresh, after an
 * earlier one was abandoned, is told apart by its attempt: 2, 3… (the first attempt has no such parameter, so the runs
 * of earlier versions keep their identity).
 */
public final class YearRunFactory {

    static final String YEAR = "year";
    static final String FINGERPRINT = "fingerprint";
    static final String INPUT = "input";
    static final String OUTPUT = "output";
    static final String UNITS = "units";
    static final String DISTRICT = "district";
    static final String LAST_YEAR_RUN = "lastYearRun";
    static final String ATTEMPT = "attempt";

    private final Catalog catalog;
    private final RollupProperties properties;
    private final AreaLevels levels = AreaLevels.fromClasspath();
    /**
     * The register last read, with its name index: the steps of a run, and each of its reading threads, build their
     * run from the same file, and at a province's 50,000 units each copy costs some 30 MB of a 256 MB heap.
     */
    private LoadedRegister lastLoaded;

    private record LoadedRegister(Path file, String sha256, String district, UnitRegister register,
                                  UnitNameResolver names) {
    }

    public YearRunFactory(Catalog catalog, RollupProperties properties) {
        this.catalog = catalog;
        this.properties = properties;
    }

    /** A run before its fingerprint is known; throws {@link RunSetupException} with a message for the clerk. */
    public YearRun prepare(int year, Path input, Path output, Path unitsFile, String district) {
        Template template = catalog.templateFor(year).orElseThrow(() -> new RunSetupException(
                "没有适用于" + year + "年的报表格式：支持的年度见 domain/templates.csv"));
        LoadedRegister loaded = register(unitsFile, district);
        return new YearRun(year, template, loaded.register(), loaded.names(), input, output, unitsFile, district,
                levels.of(district), OptionalLong.empty(), null);
    }

    /** The register of this file and district: the one last read when the file's content is the same. */
    private synchronized LoadedRegister register(Path unitsFile, String district) {
        Path file = unitsFile.toAbsolutePath().normalize();
        String sha256;
        try {
            sha256 = UnitRegister.sha256Of(file);
        } catch (IOException e) {
            return read(file, district);
        }
        if (lastLoaded == null || !lastLoaded.file().equals(file) || !lastLoaded.sha256().equals(sha256)
                || !Objects.equals(lastLoaded.district(), district)) {
            lastLoaded = read(file, district);
        }
        return lastLoaded;
    }

    /** Reads the file: one that cannot be used throws {@link org.disclosurerollup.register.RegisterException}. */
    private LoadedRegister read(Path file, String district) {
        UnitRegister register = UnitRegister.load(file);
        return new LoadedRegister(file, register.sha256(), district, register,
                new UnitNameResolver(register, affixes(district)));
    }

    public YearRun withFingerprint(YearRun run, String fingerprint) {
        return new YearRun(run.year(), run.template(), run.register(), run.names(), run.inputFolder(),
                run.outputFolder(), run.unitsFile(), run.district(), run.area(), run.lastYearRun(), fingerprint);
    }

    /** @param attempt 1 for the first run of the input, one more for each run started afresh after it */
    JobParameters parameters(YearRun run, int attempt) {
        JobParametersBuilder parameters = new JobParametersBuilder()
                .addLong(YEAR, (long) run.year())
                .addString(FINGERPRINT, run.fingerprint());
        if (attempt > 1) {
            parameters.addLong(ATTEMPT, (long) attempt);
        }
        return parameters
                .addString(INPUT, run.inputFolder().toAbsolutePath().normalize().toString(), false)
                .addString(OUTPUT, run.outputFolder().toAbsolutePath().normalize().toString(), false)
                .addString(UNITS, run.unitsFile().toAbsolutePath().normalize().toString(), false)
                .addString(DISTRICT, run.district(), false)
                .addString(LAST_YEAR_RUN, run.lastYearRunText(), false)
                .toJobParameters();
    }

    YearRun fromParameters(JobParameters parameters) {
        YearRun run = prepare(parameters.getLong(YEAR).intValue(), Path.of(parameters.getString(INPUT)),
                Path.of(parameters.getString(OUTPUT)), Path.of(parameters.getString(UNITS)),
                parameters.getString(DISTRICT));
        return withFingerprint(run.comparedWith(lastYearRun(parameters.getString(LAST_YEAR_RUN))),
                parameters.getString(FINGERPRINT));
    }

    /** Runs started before the parameter existed have none: their fingerprint never matches a new run's. */
    private static OptionalLong lastYearRun(String text) {
        return text == null || text.equals(YearRun.NO_LAST_YEAR_RUN) ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(text));
    }

    private NameAffixes affixes(String district) {
        List<String> prefixes = new ArrayList<>(properties.names().prefixes());
        prefixes.add(district);
        return new NameAffixes(prefixes, properties.names().suffixes());
    }
}
