package org.disclosurerollup.checking;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** The text of a submitted cell: its normalised form for parsing and a short form for messages. */
final class SubmittedText {

    private static final int SHOWN_LENGTH = 20;

    private SubmittedText() {
    }

    /** A space between two digits separates digit groups, as a comma does: “1 234”, never “3 5” → 35. */
    private static final Pattern SPACE_BETWEEN_DIGITS = Pattern.compile("(?<=\\d)[\\s\u00A0\u3000]+(?=\\d)");

    /**
     * NFKC (full-width digits and punctuation become ASCII), spaces between digits read as digit-group commas, then
     * every other kind of space and line break removed.
     */
    static String normalise(String raw) {
        String nfkc = SPACE_BETWEEN_DIGITS.matcher(Normalizer.normalize(raw, Normalizer.Form.NFKC)).replaceAll(",");
        StringBuilder kept = new StringBuilder(nfkc.length());
        nfkc.codePoints().filter(codePoint -> !isSpace(codePoint)).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /**
     * Circled, superscript and similar numerals (①, ², ⒈) would silently turn into digits under NFKC
     * (“1²” would read as 12), so they are refused instead.
     */
    static boolean hasCompatibilityNumerals(String raw) {
        return raw.codePoints().anyMatch(codePoint -> Character.getType(codePoint) == Character.OTHER_NUMBER);
    }

    /** The raw value between Chinese quotes, on one line and cut to 20 characters. */
    static String quoted(String raw) {
        String oneLine = raw.strip().replaceAll("\\s+", " ");
        if (oneLine.codePointCount(0, oneLine.length()) > SHOWN_LENGTH) {
            oneLine = oneLine.substring(0, oneLine.offsetByCodePoints(0, SHOWN_LENGTH)) + "…";
        }
        return "“" + oneLine + "”";
    }

    private static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || Character.getType(codePoint) == Character.FORMAT || codePoint == '\u0085';
    }
}
