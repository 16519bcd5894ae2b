package org.disclosurerollup.intake;

import java.time.Instant;

/**
 * An input file as registered for a run, before it is read (a line of table {@code input_file}).
 *
 * @param nameUnit          the unit the file name gives, if any
 * @param nameUnitCode      that unit as the register knows it, if it does
 * @param nameYear          the year the file name gives, if any
 * @param sameBytesAs       the first earlier file of the run with the same bytes, if any
 * @param sameBytesAndUnitAs the first earlier file with the same bytes whose name gives the same unit, if any
 */
public record RegisteredFile(int fileId, String path, long sizeBytes, String sha256, Instant modifiedAt,
                             String fileType, String nameUnit, String nameUnitCode, Integer nameYear,
                             Integer sameBytesAs, Integer sameBytesAndUnitAs) {
}
