package org.disclosurerollup;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the tool ({@code rollup.*} in application.yml; the command line sets the folders).
 *
 * @param dataDir     the embedded database and anything kept between runs
 * @param district    used in titles and file names
 * @param chunks      how much each transaction holds
 * @param maxFileSize a larger submission is rejected before it is parsed
 * @param names       affixes tolerated around unit names
 */
@ConfigurationProperties("rollup")
public record RollupProperties(Path dataDir, String district, Chunks chunks, DataSize maxFileSize, Names names) {

    /**
     * @param rows        rows per transaction while loading
     * @param submissions submissions per transaction while checking
     */
    public record Chunks(int rows, int submissions) {
    }

    /**
     * Prefixes and suffixes tolerated around a unit's name (the district name is always a prefix too), and the words
     * in a file name that say it corrects an earlier one.
     */
    public record Names(List<String> prefixes, List<String> suffixes, List<String> correctionMarks) {

        public Names {
            correctionMarks = correctionMarks == null ? List.of() : correctionMarks;
        }
    }
}
