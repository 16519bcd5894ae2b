package org.disclosurerollup.export;

import org.disclosurerollup.intake.FileStatus;

/** One registered input file of a run, with the row counts the outputs show for it. */
record FileRow(int fileId, String path, String sha256, long size, FileStatus status, Integer duplicateOf,
               String reason, String nameUnit, long rowsRead, long rowsAccepted, long unattributedRows,
               String unattributedNames) {
}
