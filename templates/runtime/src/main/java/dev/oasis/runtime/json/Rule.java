package dev.oasis.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * A test of a JSON value, decided at generation time, that tells whether a payload is read as one
 * branch of a union: its token kind, listed values, pattern, format, length, range, items or
 * properties, as far as they tell the branches apart. Built once, as a constant of the generated union
 * through {@link Rules}, immutable and safe to share between threads.
 */
public abstract class Rule {

    Rule() {
    }

    /** True when a value starting with {@code token} may pass; the cheap first look. */
    abstract boolean startsWith(JsonToken token);

    /** True when {@link #startsWith} decides alone, so the value need not be read again. */
    boolean firstTokenDecides() {
        return false;
    }

    /**
     * Tests the value the parser is positioned on. When it passes, the parser is left on the value's
     * last token; when it fails, the parser is left anywhere inside it.
     *
     * @param parser the parser, positioned on the value's first token
     * @return whether the value passes
     * @throws IOException when the value cannot be read
     */
    abstract boolean test(JsonParser parser) throws IOException;
}
