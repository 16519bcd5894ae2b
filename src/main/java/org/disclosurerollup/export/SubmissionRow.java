package org.disclosurerollup.export;

/** One submission of a run as the checking and choosing steps left it; {@code supersededByFile}: the newer version's file. */
record SubmissionRow(int submissionId, int fileId, String unitCode, String status, boolean counts,
                     Integer supersededByFile, long read, long accepted, long rejected) {
}
