package org.disclosurerollup.demo;

/** One row of a long-layout submission file, every field as the text written. */
record LongRow(String unit, String year, String code, String indicator, String value) {

    LongRow withValue(String newValue) {
        return new LongRow(unit, year, code, indicator, newValue);
    }

    LongRow withYear(String newYear) {
        return new LongRow(unit, newYear, code, indicator, value);
    }
}
