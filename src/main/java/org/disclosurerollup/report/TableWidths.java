package org.disclosurerollup.report;

import org.disclosurerollup.catalog.OfficialTableLayout;
import org.disclosurerollup.catalog.OfficialTableLayout.Box;

/**
 * Column widths of an official table on the page: each column as wide as the longest text that sits in it alone,
 * within bounds by what the column holds (the outer label columns of a nested label narrow, the innermost wide), then
 * scaled to the text width.
 */
final class TableWidths {

    private TableWidths() {
    }

    /** Widths in twentieths of a point that add up to {@code total}. */
    static int[] of(OfficialTableLayout layout, int total) {
        int columns = layout.columns();
        int labels = layout.labelColumns();
        int[] wanted = new int[columns];
        for (Box box : layout.boxes()) {
            if (box.firstColumn() == box.lastColumn()) {
                wanted[box.firstColumn()] = Math.max(wanted[box.firstColumn()], displayWidth(box.text()));
            }
        }
        for (int c = 0; c < columns; c++) {
            if (c == labels - 1) {
                wanted[c] = clamp(wanted[c], 16, labels == 1 ? 40 : 26);
            } else if (c < labels) {
                wanted[c] = clamp(wanted[c], 6, 8);
            } else {
                wanted[c] = clamp(wanted[c], 9, 12);
            }
        }
        return WordTables.scaled(wanted, total);
    }

    /** Half-width units: a Chinese character counts two. */
    private static int displayWidth(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += text.charAt(i) < 0x2E80 ? 1 : 2;
        }
        return width;
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
