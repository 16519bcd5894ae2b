package org.disclosurerollup.catalog;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Turns a printed or typed label into a comparable key. People retype the official labels with other brackets,
 * spaces, line breaks and quote marks, and with or without the numbering and the notes in parentheses.
 */
public final class Labels {

    private static final Pattern IGNORED = Pattern.compile("(?U)[\\s\u200B\uFEFF“”\"「」‘’'『』]");
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:[一二三四五六七八九十百]+[、.]|\\([一二三四五六七八九十百0-9]+\\)|[0-9]+[、.]|其中:)");
    /** A parenthesised note after some text; a parenthesis at the very start is numbering, not a note. */
    private static final Pattern NOTE = Pattern.compile("(?<=.)\\([^()]*\\)");

    private Labels() {
    }

    /** NFKC, without whitespace, line breaks and quote marks, ASCII letters in lower case. */
    public static String normalize(String label) {
        String text = IGNORED.matcher(Normalizer.normalize(label, Normalizer.Form.NFKC)).replaceAll("");
        StringBuilder lower = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            lower.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return lower.toString();
    }

    /** A normalised label without its leading {@code 一、}, {@code (一)}, {@code 1.}, {@code 1、} or {@code 其中:}. */
    public static String withoutNumbering(String normalized) {
        String text = normalized;
        String shorter = NUMBERING.matcher(text).replaceFirst("");
        while (!shorter.equals(text) && !shorter.isEmpty()) {
            text = shorter;
            shorter = NUMBERING.matcher(text).replaceFirst("");
        }
        return text;
    }

    /** A normalised label without its notes in parentheses: {@code 主动公开政府信息数(不同渠道…计1条)} → {@code 主动公开政府信息数}. */
    public static String withoutNotes(String normalized) {
        String text = normalized;
        String shorter = NOTE.matcher(text).replaceAll("");
        while (!shorter.equals(text)) {
            text = shorter;
            shorter = NOTE.matcher(text).replaceAll("");
        }
        return text;
    }
}
