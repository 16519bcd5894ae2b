package org.disclosurerollup.export;

import java.time.Instant;
import org.disclosurerollup.intake.FileStatus;

/**
 * One registered input file of a run, with the row counts the outputs show for it.
 *
 * @param receivedRun the first run of the year that saw the file's bytes
 */
record FileRow(int fileId, String path, String sha256, long size, Instant modifiedAt, long receivedRun,
               FileStatus status, Integer duplicateOf, String reason, String nameUnit, long rowsRead, long rowsAccepted,
               long unattributedRows, String unattributedNames) {
}
