package org.disclosurerollup.audit;

/** Small text helpers for storing what people typed. */
public final class Texts {

    private Texts() {
    }

    /** Cuts text to what a column holds, marking the cut. */
    public static String clip(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 1) + "…";
    }

    /** Shows a value in a message: quoted, and short. */
    public static String quote(String text) {
        return "“" + clip(text == null ? "" : text, 40) + "”";
    }
}
