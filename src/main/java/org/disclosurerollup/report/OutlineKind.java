package org.disclosurerollup.report;

import java.util.Locale;

/** What a line of {@code report-outline.csv} writes. */
enum OutlineKind {
    /** The report's title. */
    TITLE,
    /** The draft's note to the person who completes it: delete before publishing. */
    NOTE,
    /** A first-level heading ({@code 一、总体情况}). */
    HEADING,
    /** A second-level heading ({@code （一）主动公开}). */
    SUBHEADING,
    /** A new paragraph; its text may state figures. */
    PARAGRAPH,
    /** More text for the paragraph above. */
    SENTENCE,
    /** A marked place for what only a person can write: {@code 【请填写：…】} with the line's text as the hint. */
    FILL,
    /** An official table under its title as a first-level heading (表二、三、四). */
    TABLE,
    /** An official table attached after the text, under its title (V2014's one table). */
    ATTACHED_TABLE,
    /** A chart of {@code report-charts.csv}. */
    CHART;

    static OutlineKind of(String text) {
        return valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
