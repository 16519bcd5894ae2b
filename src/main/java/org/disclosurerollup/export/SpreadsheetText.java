package org.disclosurerollup.export;

import java.util.regex.Pattern;

/** Keeps text that a spreadsheet would run as a formula (CSV/formula injection) from being run. */
public final class SpreadsheetText {

    private static final String NOT_APPLICABLE = "-";
    private static final String TRIGGERS = "=+-@\t\r";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?[0-9][0-9,]*(\\.[0-9]+)?");

    private SpreadsheetText() {
    }

    /**
     * The text with a leading {@code '} when it starts with {@code = + - @}, a tab or a carriage return, unless it
     * is a plain number such as {@code -3} or {@code +1036}, which a spreadsheet reads as a number, not a formula,
     * or a lone {@code -} (the contract's "not applicable"). {@code null} becomes the empty text.
     */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return wouldRunAsFormula(text) ? "'" + text : text;
    }

    /** Whether a spreadsheet would take the text, typed or opened from CSV, for a formula (see {@link #neutralise}). */
    public static boolean wouldRunAsFormula(String text) {
        if (text == null || text.isEmpty() || text.equals(NOT_APPLICABLE)) {
            return false;
        }
        return TRIGGERS.indexOf(text.charAt(0)) >= 0 && !PLAIN_NUMBER.matcher(text).matches();
    }
}
