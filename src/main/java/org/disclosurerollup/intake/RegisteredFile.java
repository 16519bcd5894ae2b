package org.disclosurerollup.intake;

import java.time.Instant;
import org.disclosurerollup.audit.Reason;

/**
 * An input file as registered for a run (a line of table {@code input_file}).
 *
 * @param nameUnit    the unit the file name gives, if any; for a rejected official form whose {@code 填报单位} names a
 *                    unit of the register, that unit (the content wins over the name)
 * @param nameUnitCode that unit as the register knows it, if it does
 * @param nameYear    the year the file name gives, if any
 * @param duplicateOf for a DUPLICATE, the file it copies
 * @param reason      for a REJECTED file, why
 */
public record RegisteredFile(int fileId, String path, long sizeBytes, String sha256, Instant modifiedAt, String fileType,
                             String charset, String nameUnit, String nameUnitCode, Integer nameYear, FileStatus status,
                             Integer duplicateOf, Reason reason, String message, long rowsRead) {
}
