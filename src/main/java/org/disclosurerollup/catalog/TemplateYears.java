package org.disclosurerollup.catalog;

/** The reporting years a template is used for, one line of {@code templates.csv}; an empty bound is open. */
record TemplateYears(String template, Integer fromYear, Integer toYear, String title) {

    boolean covers(int year) {
        return (fromYear == null || fromYear <= year) && (toYear == null || year <= toYear);
    }
}
