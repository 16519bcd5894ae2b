package org.disclosurerollup.catalog;

/** The catalog data files are inconsistent: a packaging error, not a user error. */
public class CatalogException extends RuntimeException {
    public CatalogException(String message) {
        super(message);
    }
}
