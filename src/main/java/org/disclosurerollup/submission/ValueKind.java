package org.disclosurerollup.submission;

/** The four states of a submitted cell. EMPTY and NA count as 0 in sums but are kept and shown as submitted. */
public enum ValueKind {
    NUMBER, ZERO, EMPTY, NA
}
