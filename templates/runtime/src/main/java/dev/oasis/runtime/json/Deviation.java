package dev.oasis.runtime.json;

/**
 * A place where a payload did not match the spec: an undeclared property, an unknown enum value, a
 * value of the wrong type, a missing required property, or a union value no branch matches. The data
 * itself is kept; the deviation only reports it.
 *
 * @param pointer the JSON pointer of the value, such as {@code /data/attributes/status}
 * @param message what differs from the spec
 */
public record Deviation(String pointer, String message) {

    @Override
    public String toString() {
        return (pointer.isEmpty() ? "/" : pointer) + ": " + message;
    }
}
