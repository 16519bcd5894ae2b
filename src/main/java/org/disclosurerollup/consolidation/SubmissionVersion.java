package org.disclosurerollup.consolidation;

import java.time.Instant;
import java.util.Comparator;

/**
 * One version of a unit's submission for the year: the unit's rows in a file, or a file of the unit rejected whole.
 *
 * @param receivedRun  the first run of the year that saw the file's bytes
 * @param nameUnitCode      the unit the file's name gives, when it gives one of the register
 * @param rowsOfAnotherYear its rows rejected for naming another year
 */
record SubmissionVersion(int submissionId, int fileId, String unitCode, boolean accepted, long receivedRun,
                         Instant modifiedAt, String path, String nameUnitCode, long rowsRead,
                         long rowsOfAnotherYear) {

    /** Newest first: received in a later run, then modified later, then the later file name, then the later path. */
    static final Comparator<SubmissionVersion> NEWEST_FIRST = Comparator.comparingLong(SubmissionVersion::receivedRun)
            .thenComparing(SubmissionVersion::modifiedAt)
            .thenComparing(SubmissionVersion::fileName)
            .thenComparing(SubmissionVersion::path)
            .reversed();

    String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** More than half of its rows say another year: probably another year's table under this year's name. */
    boolean mostlyAnotherYear() {
        return rowsOfAnotherYear * 2 > rowsRead;
    }

    /** Received in the same run and modified at the same time: only the name tells them apart. */
    boolean sameAge(SubmissionVersion other) {
        return receivedRun == other.receivedRun && modifiedAt.equals(other.modifiedAt);
    }
}
