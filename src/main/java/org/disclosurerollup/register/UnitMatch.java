package org.disclosurerollup.register;

/**
 * The register unit a submitted name stands for.
 *
 * @param how {@code name}, {@code alias} or {@code affix} (matched once the district's prefixes and suffixes were
 *            taken off), for a note to the clerk
 */
public record UnitMatch(Unit unit, String how) {

    public static final String BY_NAME = "name";
    public static final String BY_ALIAS = "alias";
    public static final String BY_AFFIX = "affix";
}
