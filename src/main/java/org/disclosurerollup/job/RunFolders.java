package org.disclosurerollup.job;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The folders the web console and the schedule run the year-end job on ({@code rollup.folders.*}; the {@code serve}
 * command sets them from its {@code --input}, {@code --output} and {@code --units} options).
 *
 * @param units the unit register; null means {@code <input>/units.csv}
 */
@ConfigurationProperties("rollup.folders")
public record RunFolders(@DefaultValue("input") Path input, @DefaultValue("output") Path output, Path units) {

    public Path unitsFile() {
        return units != null ? units : input.resolve("units.csv");
    }

    public Path yearInput(int year) {
        return input.resolve(Integer.toString(year));
    }

    public Path yearOutput(int year) {
        return output.resolve(Integer.toString(year));
    }

    public YearEndRunner.Request request(int year, String district) {
        return new YearEndRunner.Request(year, input, output, unitsFile(), district);
    }
}
