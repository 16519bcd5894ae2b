package org.disclosurerollup.intake;

import java.nio.file.Path;
import java.util.OptionalLong;
import org.disclosurerollup.catalog.Template;
import org.disclosurerollup.register.AreaLevel;
import org.disclosurerollup.register.UnitNameResolver;
import org.disclosurerollup.register.UnitRegister;

/**
 * What one run of the year-end job works with: the year, its template, the register and the folders.
 * Built once per job execution from the job parameters.
 *
 * @param area        how the area's level names its scopes and unit types (全区, 全市 …)
 * @param lastYearRun the completed run of the year before that the run is checked and compared with; empty when the
 *                    database held none. Part of the fingerprint: a new completed run of last year makes a new run.
 */
public record YearRun(int year, Template template, UnitRegister register, UnitNameResolver names, Path inputFolder,
                      Path outputFolder, Path unitsFile, String district, AreaLevel area, OptionalLong lastYearRun,
                      String fingerprint) {

    /** {@link #lastYearRunText()} when there is no completed run of last year. */
    public static final String NO_LAST_YEAR_RUN = "none";

    /** {@code <input>/<year>}: where the year's submissions are. */
    public Path yearFolder() {
        return inputFolder.resolve(Integer.toString(year));
    }

    /** The settings that change the outputs, part of the input fingerprint. */
    public String[] fingerprintSettings() {
        return new String[] {"district=" + district, "template=" + template.id() + "@" + template.contentHash(),
                "output=" + outputFolder.toAbsolutePath().normalize(), "lastyear=" + lastYearRunText()};
    }

    /** The run of last year as the job parameters and the fingerprint hold it: its id, or {@code none}. */
    public String lastYearRunText() {
        return lastYearRun.isPresent() ? Long.toString(lastYearRun.getAsLong()) : NO_LAST_YEAR_RUN;
    }

    public YearRun comparedWith(OptionalLong lastYear) {
        return new YearRun(year, template, register, names, inputFolder, outputFolder, unitsFile, district, area, lastYear,
                fingerprint);
    }

    /** {@code <output>/<year>}: where the year's results go. */
    public Path yearOutputFolder() {
        return outputFolder.resolve(Integer.toString(year));
    }
}
