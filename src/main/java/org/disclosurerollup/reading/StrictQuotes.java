package org.disclosurerollup.reading;

/**
 * Where a record ends when a double quote opens a quoted cell only at the start of a cell, as Excel and RFC 4180 read
 * it. opencsv also opens one at a quote in mid-cell ({@code 12"3}), and then runs on over the following lines.
 */
final class StrictQuotes {

    private enum State { CELL_START, UNQUOTED, QUOTED, AFTER_QUOTED }

    private final char delimiter;
    private State state = State.CELL_START;

    StrictQuotes(char delimiter) {
        this.delimiter = delimiter;
    }

    /** Reads the next physical line of the record; true when the record ends with it. */
    boolean endsRecord(String line) {
        if (state != State.QUOTED) {
            state = State.CELL_START;
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (state == State.QUOTED) {
                if (c == '"') {
                    boolean doubled = i + 1 < line.length() && line.charAt(i + 1) == '"';
                    i += doubled ? 1 : 0;
                    state = doubled ? State.QUOTED : State.AFTER_QUOTED;
                }
            } else if (c == delimiter) {
                state = State.CELL_START;
            } else if (state == State.CELL_START && c == '"') {
                state = State.QUOTED;
            } else if (state == State.CELL_START && !Character.isWhitespace(c)) {
                state = State.UNQUOTED;
            }
        }
        return state != State.QUOTED;
    }
}
