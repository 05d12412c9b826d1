package dev.oasis.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * The floor for reading: a Jackson streaming pass that visits every token and builds nothing.
 * No object mapper reading the same bytes can be faster.
 */
public final class StreamingFloor {

    private final JsonFactory factory = new JsonFactory();

    /** Reads every token of {@code json} and returns how many there were. */
    public int countTokens(byte[] json) throws IOException {
        int tokens = 0;
        try (JsonParser parser = factory.createParser(json)) {
            while (parser.nextToken() != null) {
                tokens++;
            }
        }
        return tokens;
    }
}
