package dev.oasis.runtime;

import dev.oasis.runtime.json.JsonCodec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Turns the body of a successful response into a value that reads it as it arrives, instead of
 * holding it whole as a {@link BodyReader} does: a stream of bytes the caller reads and closes,
 * or the events of a {@code text/event-stream}. The size limit of buffered bodies does not apply:
 * the caller reads as much as it wants and closes the stream.
 *
 * @param <T> the value type
 */
@FunctionalInterface
public interface StreamReader<T> {

    /**
     * Wraps the body; the value returned owns the stream and closes it when it is closed.
     *
     * @param body the body, decompressed as it is read
     * @param context the operation, status and headers, and where deviations from the spec go
     * @return the value
     * @throws IOException when the body cannot be read
     */
    T read(InputStream body, StreamContext context) throws IOException;

    /**
     * The body as an {@link InputStream} the caller reads and closes, or saves to a file.
     *
     * @return the reader
     */
    static StreamReader<ResponseStream> stream() {
        return (body, context) -> new ResponseStream(body, context.statusCode(), context.headers());
    }

    /**
     * The body as server-sent events whose data is text, as it came.
     *
     * @return the reader
     */
    static StreamReader<EventStream<String>> textEvents() {
        BodyReader<String> text = (bytes, headers, deviations) -> new String(bytes, StandardCharsets.UTF_8);
        return (body, context) -> new EventStream<>(body, text, false, context);
    }

    /**
     * The body as server-sent events whose data is JSON of the spec's type; empty data reads as null.
     *
     * @param codec the data type's codec
     * @param <D> the data type
     * @return the reader
     */
    static <D> StreamReader<EventStream<D>> jsonEvents(JsonCodec<D> codec) {
        BodyReader<D> json = BodyReader.json(codec);
        return (body, context) -> new EventStream<>(body, json, true, context);
    }
}
