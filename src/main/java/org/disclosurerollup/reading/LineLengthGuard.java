package org.disclosurerollup.reading;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Stops a hostile file from filling memory with one endless line: passes text through until a physical line grows
 * past the limit, then hands out what came before it and fails on the next read.
 */
final class LineLengthGuard extends FilterReader {

    private final int maxLineChars;
    private int lineLength;
    private boolean tooLong;

    LineLengthGuard(Reader in, int maxLineChars) {
        super(in);
        this.maxLineChars = maxLineChars;
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        return read(one, 0, 1) < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (tooLong) {
            throw new LineTooLongException(maxLineChars);
        }
        int n = in.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            char c = buffer[offset + i];
            lineLength = c == '\n' || c == '\r' ? 0 : lineLength + 1;
            if (lineLength > maxLineChars) {
                tooLong = true;
                if (i == 0) {
                    throw new LineTooLongException(maxLineChars);
                }
                return i;
            }
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skip is not supported");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** A physical line is longer than the guard allows. */
    static final class LineTooLongException extends IOException {
        private static final long serialVersionUID = 1L;
        private final int maxLineChars;

        LineTooLongException(int maxLineChars) {
            super("line longer than " + maxLineChars + " characters");
            this.maxLineChars = maxLineChars;
        }

        int maxLineChars() {
            return maxLineChars;
        }
    }
}
