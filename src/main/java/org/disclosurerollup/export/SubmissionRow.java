package org.disclosurerollup.export;

/** One submission of a run as the checking step left it. */
record SubmissionRow(int submissionId, int fileId, String unitCode, String status, boolean counts,
                     Integer supersededBy, long read, long accepted, long rejected) {
}
