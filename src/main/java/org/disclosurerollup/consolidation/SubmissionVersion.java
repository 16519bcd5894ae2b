package org.disclosurerollup.consolidation;

import java.util.Comparator;
import org.disclosurerollup.submission.SubmissionRepository;

/** One version of a unit's submission for the year, with what decides which version is the newest. */
record SubmissionVersion(SubmissionRepository.Version stored) {

    /** Newest first: received in a later run, then modified later, then the later file name, then the later path. */
    static final Comparator<SubmissionVersion> NEWEST_FIRST = Comparator
            .comparingLong((SubmissionVersion v) -> v.stored.receivedRun())
            .thenComparing(v -> v.stored.modifiedAt())
            .thenComparing(SubmissionVersion::fileName)
            .thenComparing(SubmissionVersion::path)
            .reversed();

    int fileId() {
        return stored.fileId();
    }

    String unitCode() {
        return stored.unitCode();
    }

    String path() {
        return stored.path();
    }

    String fileName() {
        return path().substring(path().lastIndexOf('/') + 1);
    }

    /** More than half of its rows say another year: probably another year's table under this year's name. */
    boolean mostlyAnotherYear() {
        return stored.rowsOfAnotherYear() * 2 > stored.rowsRead();
    }

    /** Received in the same run and modified at the same time: only the name tells them apart. */
    boolean sameAge(SubmissionVersion other) {
        return stored.receivedRun() == other.stored.receivedRun() && stored.modifiedAt().equals(other.stored.modifiedAt());
    }
}
