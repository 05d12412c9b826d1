package dev.oasis.runtime;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A copy of an exception whose message (or that of one of its causes or suppressed exceptions) gave
 * away a credential, such as a JDK or Jackson message quoting what the server echoed: the same type
 * name, the same stack trace, the message redacted, and its causes and suppressed exceptions copied
 * the same way. It prints as the original would, with {@code ****} for each secret.
 */
public final class ScrubbedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String originalType;

    private ScrubbedException(String originalType, String message) {
        super(message);
        this.originalType = originalType;
    }

    /**
     * The exception itself when nothing in it reveals a secret, else a scrubbed copy.
     *
     * @param error the exception, or null
     * @param redact replaces every secret in a text
     * @return the exception, a copy without secrets, or null for null
     */
    static Throwable of(Throwable error, UnaryOperator<String> redact) {
        if (error == null || !reveals(error, redact, Collections.newSetFromMap(new IdentityHashMap<>()))) {
            return error;
        }
        return copy(error, redact, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    /**
     * The class name of the exception this is a copy of.
     *
     * @return the fully qualified name, such as {@code java.io.IOException}
     */
    public String originalType() {
        return originalType;
    }

    /** Prints as the original: its type name, then the redacted message. */
    @Override
    public String toString() {
        return getMessage() == null ? originalType : originalType + ": " + getMessage();
    }

    private static boolean reveals(Throwable error, UnaryOperator<String> redact, Set<Throwable> seen) {
        if (!seen.add(error)) {
            return false;
        }
        String text = error + "\n" + error.getMessage();
        if (!redact.apply(text).equals(text)) {
            return true;
        }
        for (Throwable suppressed : error.getSuppressed()) {
            if (reveals(suppressed, redact, seen)) {
                return true;
            }
        }
        return error.getCause() != null && reveals(error.getCause(), redact, seen);
    }

    private static ScrubbedException copy(Throwable error, UnaryOperator<String> redact, Set<Throwable> seen) {
        seen.add(error);
        String message = error.getMessage() == null ? null : redact.apply(error.getMessage());
        ScrubbedException copy = new ScrubbedException(error.getClass().getName(), message);
        copy.setStackTrace(error.getStackTrace());
        if (error.getCause() != null && !seen.contains(error.getCause())) {
            copy.initCause(copy(error.getCause(), redact, seen));
        }
        for (Throwable suppressed : error.getSuppressed()) {
            if (!seen.contains(suppressed)) {
                copy.addSuppressed(copy(suppressed, redact, seen));
            }
        }
        return copy;
    }
}
