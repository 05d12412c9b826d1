package dev.oasis.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Causes that give a secret away are replaced by copies without it, down the whole chain. */
class ScrubbedExceptionTest {

    private static final String SECRET = "s3cr3t-value";
    private static final UnaryOperator<String> REDACT = text -> text.replace(SECRET, "****");

    @Test
    void anExceptionWithoutSecretsIsKeptAsItIs() {
        ConnectException clean = new ConnectException("Connection refused");

        assertSame(clean, ScrubbedException.of(clean, REDACT));
    }

    @Test
    void aSecretInACauseASuppressedOrAnOverriddenToStringIsRedactedKeepingTypesAndStacks() {
        IOException root = new IOException("echoed " + SECRET);
        IllegalStateException suppressed = new IllegalStateException("closing") {
            private static final long serialVersionUID = 1L;

            @Override
            public String toString() {
                return "custom " + SECRET;
            }
        };
        RuntimeException top = new RuntimeException("wrapper", root);
        top.addSuppressed(suppressed);

        ScrubbedException copy = assertInstanceOf(ScrubbedException.class, ScrubbedException.of(top, REDACT));
        StringWriter printed = new StringWriter();
        copy.printStackTrace(new PrintWriter(printed));

        assertFalse(printed.toString().contains(SECRET), printed.toString());
        assertEquals("java.lang.RuntimeException: wrapper", copy.toString());
        assertArrayEquals(top.getStackTrace(), copy.getStackTrace());
        assertEquals("java.io.IOException: echoed ****", copy.getCause().toString());
        assertArrayEquals(root.getStackTrace(), copy.getCause().getStackTrace());
        assertEquals(1, copy.getSuppressed().length);
        assertTrue(((ScrubbedException) copy.getSuppressed()[0]).originalType().startsWith(ScrubbedExceptionTest.class.getName()));
        assertTrue(printed.toString().contains("Caused by: java.io.IOException: echoed ****"), printed.toString());
    }

    @Test
    void aCycleOfCausesEnds() {
        IOException first = new IOException("first " + SECRET);
        IOException second = new IOException("second", first);
        first.initCause(second);

        Throwable copy = ScrubbedException.of(second, REDACT);

        assertEquals("java.io.IOException: first ****", copy.getCause().toString());
        assertEquals(null, copy.getCause().getCause());
    }
}
