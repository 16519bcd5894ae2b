package org.disclosurerollup.demo;

import org.disclosurerollup.catalog.CatalogCell;

/** The indicator name a person writes next to a code: the row label, or for a matrix cell its last segment and the column. */
final class IndicatorNames {

    private static final String PATH_SEPARATOR = "/";

    private IndicatorNames() {
    }

    static String of(CatalogCell cell) {
        if (!cell.isMatrixCell()) {
            return cell.rowLabel();
        }
        String row = cell.rowLabel();
        return row.substring(row.lastIndexOf(PATH_SEPARATOR) + 1) + PATH_SEPARATOR + cell.colLabel();
    }
}
