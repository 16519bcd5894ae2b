package org.disclosurerollup.support;

/** Turns a failure into the one line a clerk reads. */
public final class Failures {

    private Failures() {
    }

    /**
     * The message written for people: the outermost one in Chinese along the cause chain (ours say what to do),
     * else the innermost one (the original cause), else the exception's name.
     */
    public static String messageFor(Throwable failure) {
        Throwable innermost = failure;
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().codePoints()
                    .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                return cause.getMessage();
            }
            innermost = cause;
        }
        return innermost.getMessage() != null ? innermost.getMessage() : innermost.getClass().getSimpleName();
    }
}
