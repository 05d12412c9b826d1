package dev.oasis.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.function.Predicate;

/**
 * Reads and writes values of one type as JSON, straight from and to Jackson's streaming API.
 *
 * @param <T> the type of the values
 */
public interface JsonCodec<T> {

    /**
     * Reads a value. The input is positioned on the value's first token and is left on its last.
     * Deviations from the spec are reported to the input, never thrown.
     */
    T read(JsonInput in) throws IOException;

    /** Writes a non-null value. */
    void write(JsonGenerator out, T value) throws IOException;

    /**
     * Whether JSON null is one of this type's values, so that a null where it is expected is no
     * deviation: true only for a schema without a type, which admits any JSON value.
     */
    default boolean admitsNull() {
        return false;
    }

    /**
     * Whether every value that starts with {@code first} fits: reading it never leaves a mismatch for
     * the caller to take, as whatever inside does not fit is kept by the value read (an object keeps
     * it among its additional properties). A union reads such a branch straight from the parser,
     * without buffering the value first; false unless the codec says so.
     *
     * @param first the value's first token
     * @return whether any value starting with it fits
     */
    default boolean alwaysFits(JsonToken first) {
        return false;
    }

    /** A codec from a read function and a write function. */
    static <T> JsonCodec<T> of(Reader<T> reader, Writer<T> writer) {
        return of(reader, writer, first -> false);
    }

    /**
     * A codec from a read function and a write function whose values fit whenever they start with a
     * token {@code fits} accepts; see {@link #alwaysFits}.
     */
    static <T> JsonCodec<T> of(Reader<T> reader, Writer<T> writer, Predicate<JsonToken> fits) {
        return new JsonCodec<>() {
            @Override
            public T read(JsonInput in) throws IOException {
                return reader.read(in);
            }

            @Override
            public void write(JsonGenerator out, T value) throws IOException {
                writer.write(out, value);
            }

            @Override
            public boolean alwaysFits(JsonToken first) {
                return fits.test(first);
            }
        };
    }

    /** The codec of a generated object type: every JSON object fits, its undeclared parts kept. */
    static <T> JsonCodec<T> ofObject(Reader<T> reader, Writer<T> writer) {
        return of(reader, writer, first -> first == JsonToken.START_OBJECT);
    }

    /** The codec of a generated union: every value fits, a value no branch takes kept as it came. */
    static <T> JsonCodec<T> ofUnion(Reader<T> reader, Writer<T> writer) {
        return of(reader, writer, first -> true);
    }

    /**
     * The read half of a codec.
     *
     * @param <T> the type read
     */
    @FunctionalInterface
    interface Reader<T> {

        /** Reads a value; see {@link JsonCodec#read}. */
        T read(JsonInput in) throws IOException;
    }

    /**
     * The write half of a codec.
     *
     * @param <T> the type written
     */
    @FunctionalInterface
    interface Writer<T> {

        /** Writes a non-null value. */
        void write(JsonGenerator out, T value) throws IOException;
    }
}
