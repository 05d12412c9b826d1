package dev.oasis.generator.model;

/** The kinds of JSON token a value can start with; what a union branch can be told apart by. */
public enum JsonKind {
    /** A JSON object. */
    OBJECT,
    /** A JSON array. */
    ARRAY,
    /** A JSON string. */
    STRING,
    /** A JSON number without fraction or exponent. */
    INTEGER,
    /** Any JSON number. */
    NUMBER,
    /** true or false. */
    BOOLEAN
}
