package dev.oasis.generator.model;

/** The scalar types a schema's {@code type} and {@code format} map to. */
public enum ScalarKind {
    /** {@code string} without a more specific format. */
    STRING,
    /** {@code integer} with {@code format: int32}. */
    INT32,
    /** {@code integer} with {@code format: int64} or no format. */
    INT64,
    /** {@code number} with {@code format: float}. */
    FLOAT,
    /** {@code number} with {@code format: double}. */
    DOUBLE,
    /** {@code number} without a format: kept exact. */
    DECIMAL,
    /** {@code boolean}. */
    BOOLEAN,
    /** {@code string} with {@code format: date}. */
    DATE,
    /** {@code string} with {@code format: date-time}. */
    DATE_TIME,
    /** {@code string} with {@code format: date-time} mapped to {@code java.time.Instant} by {@code typeMappings}. */
    INSTANT,
    /** {@code string} with {@code format: uuid}. */
    UUID,
    /** {@code string} with {@code format: byte}: base64 in JSON. */
    BYTES,
    /** {@code string} with {@code format: binary}: raw bytes, for bodies. */
    BINARY
}
