package org.disclosurerollup.lastyear;

import java.util.List;

/**
 * One line of {@code crosswalk.csv}: last year's cells (summed) that roughly match this year's cells (summed) across a
 * change of template, with a label for people and the caveat.
 */
record CrosswalkLine(String fromTemplate, List<String> fromCodes, String toTemplate, List<String> toCodes, String label,
                     String note) {

    CrosswalkLine {
        fromCodes = List.copyOf(fromCodes);
        toCodes = List.copyOf(toCodes);
    }
}
