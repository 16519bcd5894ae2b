package org.disclosurerollup.catalog;

/** One official table of a template, one line of {@code tables.csv}. */
public record TemplateTable(String template, String table, String title) {
}
