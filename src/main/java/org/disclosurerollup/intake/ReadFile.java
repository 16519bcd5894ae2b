package org.disclosurerollup.intake;

import org.disclosurerollup.audit.Reason;

/**
 * What reading a registered file found, as table {@code input_file} keeps it.
 *
 * @param nameUnit          the unit the file stands for beyond its rows: for a rejected official form whose
 *                          {@code 填报单位} names a unit of the register, that unit (the content wins over the name)
 * @param nameUnitCode      that unit as the register knows it, if it does
 * @param duplicateOf       for a DUPLICATE, the file it copies
 * @param reason            for a REJECTED file, why
 * @param rowsRead          every data row of the file (rows of a file rejected whole counted too)
 * @param rowsUnattributed  rows naming no unit of the register
 * @param unattributedUnits the names those rows give, as written, joined with 、
 */
public record ReadFile(int fileId, FileStatus status, String charset, String nameUnit, String nameUnitCode,
                       Integer duplicateOf, Reason reason, String message, long rowsRead, long rowsUnattributed,
                       String unattributedUnits) {
}
