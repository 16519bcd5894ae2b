package org.disclosurerollup.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns a failure into the one line a clerk reads, and finds what caused it. */
public final class Failures {

    private Failures() {
    }

    /**
     * The message written for people: the outermost one in Chinese along the cause chain (ours say what to do),
     * else the innermost one (the original cause), else the exception's name.
     */
    public static String messageFor(Throwable failure) {
        Throwable innermost = failure;
        for (Throwable cause : chain(failure)) {
            if (cause.getMessage() != null && cause.getMessage().codePoints()
                    .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                return cause.getMessage();
            }
            innermost = cause;
        }
        return innermost.getMessage() != null ? innermost.getMessage() : innermost.getClass().getSimpleName();
    }

    /** The failure and its causes, outermost first (a cause that is its own cause ends the chain). */
    public static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            chain.add(cause);
        }
        return chain;
    }

    /** The outermost failure of that type along the cause chain. */
    public static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
        return chain(failure).stream().filter(type::isInstance).map(type::cast).findFirst();
    }
}
