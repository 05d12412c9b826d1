package dev.oasis.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

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

    /** A codec from a read function and a write function. */
    static <T> JsonCodec<T> of(Reader<T> reader, Writer<T> writer) {
        return new JsonCodec<>() {
            @Override
            public T read(JsonInput in) throws IOException {
                return reader.read(in);
            }

            @Override
            public void write(JsonGenerator out, T value) throws IOException {
                writer.write(out, value);
            }
        };
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
