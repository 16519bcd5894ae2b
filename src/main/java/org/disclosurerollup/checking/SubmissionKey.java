package org.disclosurerollup.checking;

/** A unit's rows in one file: one submission. */
public record SubmissionKey(int submissionId, int fileId, String unitCode) {
}
