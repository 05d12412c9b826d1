package com.example.incidents;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Walks every exception a client threw, with all its causes and suppressed exceptions, their
 * messages, their {@code toString} and the whole printed stack trace, and fails on a secret.
 */
final class SecretWalk {

    private SecretWalk() {
    }

    /** Asserts that no text any of the failures can print contains any of the secrets. */
    static void assertNoSecret(List<? extends Throwable> failures, String... secrets) {
        for (Throwable failure : failures) {
            StringWriter printed = new StringWriter();
            failure.printStackTrace(new PrintWriter(printed));
            StringBuilder texts = new StringBuilder(printed.toString());
            walk(failure, texts, Collections.newSetFromMap(new IdentityHashMap<>()));
            for (String secret : secrets) {
                assertFalse(texts.toString().contains(secret), () -> "a secret in:\n" + texts);
            }
        }
    }

    private static void walk(Throwable error, StringBuilder texts, Set<Throwable> seen) {
        if (error == null || !seen.add(error)) {
            return;
        }
        texts.append('\n').append(error.getMessage()).append('\n').append(error.getLocalizedMessage()).append('\n').append(error);
        for (Throwable suppressed : error.getSuppressed()) {
            walk(suppressed, texts, seen);
        }
        walk(error.getCause(), texts, seen);
    }
}
