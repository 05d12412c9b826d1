package dev.oasis.runtime;

import dev.oasis.runtime.json.Deviation;
import dev.oasis.runtime.json.JsonCodec;
import dev.oasis.runtime.json.JsonInput;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;

/**
 * Turns the bytes of a successful response into the value an operation returns: JSON (any
 * {@code +json} media type) through a codec, text, raw bytes, or nothing.
 *
 * @param <T> the value type
 */
@FunctionalInterface
public interface BodyReader<T> {

    /**
     * Reads a non-empty body.
     *
     * @param body the body, already decompressed
     * @param headers the response headers
     * @param deviations where JSON readers report how the body differs from the spec
     * @return the value
     * @throws IOException when the body cannot be read as this type
     */
    T read(byte[] body, HttpHeaders headers, List<Deviation> deviations) throws IOException;

    /**
     * Whether an empty body deviates from the spec, for a success status other than 204.
     *
     * @return true for JSON, which cannot be empty; false for text, bytes and no body, which can
     */
    default boolean requiresContent() {
        return false;
    }

    /**
     * Reads JSON through a codec, tolerating and reporting deviations from the spec; an empty body is
     * a deviation.
     *
     * @param codec the codec of the body type
     * @param <T> the body type
     * @return the reader
     */
    static <T> BodyReader<T> json(JsonCodec<T> codec) {
        return new BodyReader<>() {
            @Override
            public T read(byte[] body, HttpHeaders headers, List<Deviation> deviations) throws IOException {
                try (JsonParser parser = ApiRequest.JSON.createParser(body)) {
                    return JsonInput.start(parser, deviations).read(codec);
                }
            }

            @Override
            public boolean requiresContent() {
                return true;
            }
        };
    }

    /**
     * Reads text in the charset the Content-Type names, UTF-8 when it names none.
     *
     * @return the reader
     */
    static BodyReader<String> text() {
        return (body, headers, deviations) -> new String(body, charset(headers));
    }

    /**
     * Returns the body's bytes as they came.
     *
     * @return the reader
     */
    static BodyReader<byte[]> bytes() {
        return (body, headers, deviations) -> body;
    }

    /**
     * Ignores the body, for operations that declare none.
     *
     * @return the reader
     */
    static BodyReader<Void> none() {
        return (body, headers, deviations) -> null;
    }

    private static Charset charset(HttpHeaders headers) {
        String contentType = headers.firstValue("Content-Type").orElse("");
        for (String part : contentType.split(";")) {
            String trimmed = part.trim();
            if (trimmed.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                try {
                    return Charset.forName(trimmed.substring("charset=".length()).replace("\"", ""));
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return StandardCharsets.UTF_8;
                }
            }
        }
        return StandardCharsets.UTF_8;
    }
}
