package org.disclosurerollup.intake;

import java.nio.file.Path;
import org.disclosurerollup.catalog.Template;
import org.disclosurerollup.register.UnitNameResolver;
import org.disclosurerollup.register.UnitRegister;

/**
 * What one run of the year-end job works with: the year, its template, the register and the folders.
 * Built once per job execution from the job parameters.
 */
public record YearRun(int year, Template template, UnitRegister register, UnitNameResolver names, Path inputFolder,
                      Path outputFolder, Path unitsFile, String district, String fingerprint) {

    /** {@code <input>/<year>}: where the year's submissions are. */
    public Path yearFolder() {
        return inputFolder.resolve(Integer.toString(year));
    }

    /** The settings that change the outputs, part of the input fingerprint. */
    public String[] fingerprintSettings() {
        return new String[] {"district=" + district, "template=" + template.id() + "@" + template.contentHash(),
                "output=" + outputFolder.toAbsolutePath().normalize()};
    }

    /** {@code <output>/<year>}: where the year's results go. */
    public Path yearOutputFolder() {
        return outputFolder.resolve(Integer.toString(year));
    }
}
