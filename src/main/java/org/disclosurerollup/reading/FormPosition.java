package org.disclosurerollup.reading;

import java.util.List;

/** What one position of a form turned out to be for a template. */
sealed interface FormPosition {

    /** The value of a catalog cell. */
    record Value(String code, String indicator, String column) implements FormPosition {
    }

    /** A printed row without value (V2014's 一、主动公开情况…). */
    record Heading(String code, String indicator) implements FormPosition {
    }

    /** A position whose labels fit several cells: a value there is a problem, never a pick. */
    record Ambiguous(List<String> codes, String indicator, String column) implements FormPosition {
    }

    /** A position next to or under a text the template does not know. */
    record Unknown(FormContext.Label label, boolean row) implements FormPosition {
    }

    /** A position in a labelled row whose column names no cell of that row. */
    record Unplaced(String indicator) implements FormPosition {
    }

    /** A position the template's labels do not reach. */
    record Outside() implements FormPosition {
    }
}
