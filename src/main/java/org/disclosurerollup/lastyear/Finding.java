package org.disclosurerollup.lastyear;

/** A warning found by comparing a unit's submission with its last year's: the cell concerned (if one), why, and what to do. */
record Finding(String code, String reason, String message) {
}
