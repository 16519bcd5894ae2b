package org.disclosurerollup.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.disclosurerollup.reading.FormVocabulary.Role;

/**
 * What surrounds a position of a form: the template's labels to its left (the row label path, outermost first) and
 * above it (the column header path, topmost first), and the nearest text on each side, whatever it is. Values on the
 * way are stepped over, so a value in the middle of a matrix sees its row's labels and its column's headers.
 *
 * @param nearestLeft       the nearest label or foreign text to the left (a unit is neither), or null
 * @param nearestAbove      the nearest text above, or null
 * @param underHeader       whether the nearest non-blank position above is a text (the position is the first row
 *                          under its header)
 */
record FormContext(List<Label> left, List<Label> above, Label nearestLeft, Label nearestAbove, boolean underHeader) {

    /** Label paths are at most this deep (表三's rows and 表四's headers have three levels); outer ones are dropped. */
    static final int DEPTH = 5;

    /** A text of the form and what it is to the template. */
    record Label(String text, Role role, int row, int column) {
    }

    static FormContext at(FormGrid grid, int row, int column, FormVocabulary vocabulary, Set<Long> valuePositions) {
        List<Label> left = new ArrayList<>();
        Label nearestLeft = null;
        for (int c = column - 1; c >= 0; c--) {
            if (grid.sameCell(row, c, row, c + 1) || grid.kind(row, c) != FormGrid.Kind.TEXT
                    || valuePositions.contains(key(grid, row, c))) {
                continue;
            }
            Label label = label(grid, row, c, vocabulary);
            if (nearestLeft == null && label.role() != Role.FORM_WORD) {
                nearestLeft = label;
            }
            if (label.role() == Role.LABEL && left.size() < DEPTH) {
                left.add(0, label);
            }
        }
        List<Label> above = new ArrayList<>();
        Label nearestAbove = null;
        boolean underHeader = false;
        boolean seenNonBlank = false;
        for (int r = row - 1; r >= 0; r--) {
            if (grid.sameCell(r, column, r + 1, column)) {
                continue;
            }
            boolean text = grid.kind(r, column) == FormGrid.Kind.TEXT && !valuePositions.contains(key(grid, r, column));
            int headerColumn = column;
            if (!text && nearestAbove != null && grid.kind(r, column) == FormGrid.Kind.BLANK) {
                headerColumn = spanningHeader(grid, r, column);
                text = headerColumn >= 0;
            }
            if (!text) {
                if (grid.kind(r, column) != FormGrid.Kind.BLANK) {
                    seenNonBlank = true;
                }
                if (nearestAbove != null) {
                    break;
                }
                continue;
            }
            Label label = label(grid, r, headerColumn, vocabulary);
            if (nearestAbove == null) {
                nearestAbove = label;
                underHeader = !seenNonBlank;
            }
            if (label.role() == Role.LABEL) {
                above.add(0, label);
                if (above.size() == DEPTH) {
                    break;
                }
            }
        }
        return new FormContext(List.copyOf(left), List.copyOf(above), nearestLeft, nearestAbove, underHeader);
    }

    /**
     * An upper header spanning several columns without being merged: typed once, over the first of them, with blanks
     * to its right. Returns the column of the nearest text to the left of a blank header position that has a header
     * under it, or -1.
     */
    private static int spanningHeader(FormGrid grid, int row, int column) {
        for (int c = column - 1; c >= 0; c--) {
            FormGrid.Kind kind = grid.kind(row, c);
            if (kind == FormGrid.Kind.TEXT) {
                return row + 1 < grid.rows() && grid.kind(row + 1, c) == FormGrid.Kind.TEXT ? c : -1;
            }
            if (kind != FormGrid.Kind.BLANK) {
                return -1;
            }
        }
        return -1;
    }

    private static Label label(FormGrid grid, int row, int column, FormVocabulary vocabulary) {
        int[] anchor = grid.anchorOf(row, column);
        String text = grid.text(row, column);
        return new Label(text, vocabulary.roleOf(text), anchor[0], anchor[1]);
    }

    /** A position's anchor as one number, for sets of positions. */
    static long key(FormGrid grid, int row, int column) {
        return grid.anchorKey(row, column);
    }
}
