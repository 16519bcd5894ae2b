package org.disclosurerollup.reading;

/**
 * A raw row and where it came from.
 *
 * @param itemNo 1-based index of the row among the data rows of its file
 */
public record SourceRow(int fileId, int itemNo, RawRow row) {
}
