package org.disclosurerollup.reading;

import java.io.IOException;

/**
 * Anything a spreadsheet parser threw while reading a file, an {@link Error} included (a deeply nested or bloated file
 * can make POI overflow the stack or run out of memory): it ends that file's reading, never the run.
 */
final class ExcelReadException extends IOException {

    private static final long serialVersionUID = 1L;

    /** The physical row read last before the failure; 0 before the first. */
    private final int afterRow;

    ExcelReadException(int afterRow, Throwable cause) {
        super(cause.toString(), cause);
        this.afterRow = afterRow;
    }

    int afterRow() {
        return afterRow;
    }

    /** A parser call that may throw anything. */
    @FunctionalInterface
    interface ParserCall<T> {
        T call() throws Exception;
    }

    static <T> T guard(int afterRow, ParserCall<T> call) throws ExcelReadException {
        try {
            return call.call();
        } catch (ExcelReadException e) {
            throw e;
        } catch (Throwable e) {
            throw new ExcelReadException(afterRow, e);
        }
    }
}
