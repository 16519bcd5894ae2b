package org.disclosurerollup.cli;

import java.util.ArrayList;
import java.util.List;

/** Lines up cells in columns on a terminal, where a Chinese character takes the room of two Latin ones. */
final class TextColumns {

    private static final String GAP = "  ";

    private TextColumns() {
    }

    /** Each row's cells padded to their column's width, two spaces apart; the given columns aligned to the right. */
    static List<String> align(List<List<String>> rows, int firstRightAligned, int lastRightAligned) {
        int columns = rows.get(0).size();
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], width(row.get(c)));
            }
        }
        List<String> lines = new ArrayList<>();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                String padding = " ".repeat(widths[c] - width(row.get(c)));
                boolean right = c >= firstRightAligned && c <= lastRightAligned;
                line.append(c == 0 ? "" : GAP).append(right ? padding + row.get(c) : row.get(c) + padding);
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    /** The columns a text takes on a terminal: two for CJK ideographs and full-width forms, one otherwise. */
    static int width(String text) {
        return text.codePoints().map(cp -> wide(cp) ? 2 : 1).sum();
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
