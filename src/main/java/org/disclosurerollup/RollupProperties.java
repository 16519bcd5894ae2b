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
 * @param reading     how the files are read: in parallel, several per transaction
 * @param maxFileSize a larger submission is rejected before it is parsed
 * @param names       affixes tolerated around unit names
 */
@ConfigurationProperties("rollup")
public record RollupProperties(Path dataDir, String district, Reading reading, DataSize maxFileSize, Names names) {

    /**
     * @param threads        files read and checked at once; 0: one per processor core
     * @param filesPerCommit files stored per transaction (a restart reads at most this many again)
     */
    public record Reading(int threads, int filesPerCommit) {

        /** The threads to use: as set, or one per processor core. */
        public int threadCount() {
            return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        }
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
