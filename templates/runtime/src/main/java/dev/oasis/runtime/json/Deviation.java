package dev.oasis.runtime.json;

/**
 * A place where a payload did not match the spec: an undeclared property, an unknown enum value, a
 * value of the wrong type or outside its constraints, a missing required property, or a union value
 * no branch matches. The data itself is kept; the deviation only reports it.
 *
 * @param pointer the JSON pointer of the value, such as {@code /data/attributes/status}
 * @param message what differs from the spec
 * @param kind what sort of difference it is, which decides whether a read mode refuses it
 */
public record Deviation(String pointer, String message, Kind kind) {

    /** What sort of difference from the spec a deviation is. */
    public enum Kind {
        /**
         * A property the spec does not mention, in an object whose schema does not forbid others: not a
         * contradiction, since the spec leaves {@code additionalProperties} open.
         */
        UNDECLARED_PROPERTY,
        /** A property the spec does not mention, in an object whose schema says {@code additionalProperties: false}. */
        FORBIDDEN_PROPERTY,
        /** A value of another JSON type or format than the spec declares. */
        WRONG_TYPE,
        /** A required property that is absent. */
        MISSING_PROPERTY,
        /** An explicit JSON null where the spec does not allow null. */
        NULL_VALUE,
        /** An enum value the spec does not list. */
        UNKNOWN_ENUM_VALUE,
        /** A union value that no branch matches, or whose branch does not fit it. */
        NO_MATCHING_BRANCH,
        /** A value outside its schema's constraints: a pattern, a length, a range or a number of items. */
        CONSTRAINT_VIOLATED,
        /** A property that appears twice in one object; the last value is kept. */
        DUPLICATE_PROPERTY,
        /** No body where the spec declares one. */
        EMPTY_BODY;

        /**
         * Whether the payload contradicts the spec, as opposed to saying more than it.
         *
         * @return false only for {@link #UNDECLARED_PROPERTY}
         */
        public boolean contradictsSpec() {
            return this != UNDECLARED_PROPERTY;
        }
    }

    @Override
    public String toString() {
        return (pointer.isEmpty() ? "/" : pointer) + ": " + message;
    }
}
