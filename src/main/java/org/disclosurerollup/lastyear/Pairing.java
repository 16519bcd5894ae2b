package org.disclosurerollup.lastyear;

import java.util.List;

/**
 * A line of the 同比 sheet before its figures: this year's cells (summed) against last year's cells (summed).
 *
 * @param note empty for the same cell in both years; the caveat of an approximate match across templates
 */
record Pairing(String table, String row, String column, String code, List<String> thisYearCodes,
               List<String> lastYearCodes, boolean amount, String note) {
}
