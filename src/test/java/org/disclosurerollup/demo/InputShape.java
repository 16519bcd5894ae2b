package org.disclosurerollup.demo;

import java.util.Locale;

/** How the benchmark's province input is cut into files. */
public enum InputShape {
    /** Long-layout CSV files (UTF-8) of {@value BenchmarkInputGenerator#UNITS_PER_MULTI_FILE} units each. */
    MULTI,
    /** One file per unit, of the kinds a province really receives (see {@link MixedFile}). */
    MIXED,
    /** One long-layout workbook of all units (a 200,000-row {@code .xlsx} for 1,000 units): streamed Excel reading. */
    WORKBOOK;

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static InputShape ofId(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }
}
