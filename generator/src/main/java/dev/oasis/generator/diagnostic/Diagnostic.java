package dev.oasis.generator.diagnostic;

import java.util.Objects;

/**
 * One problem found in the input, with everything needed to find and fix it.
 *
 * @param severity whether the problem stops generation
 * @param id a stable identifier, such as {@code ref.missing}, that tests and users can match on
 * @param location the file and line:column the problem stands at
 * @param pointer the JSON pointer of the offending node inside its file, or empty
 * @param message what is wrong, quoting the offending value
 * @param hint how to fix it, or empty
 */
public record Diagnostic(
        Severity severity, String id, SourceLocation location, String pointer, String message, String hint) {

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(location, "location");
        pointer = pointer == null ? "" : pointer;
        Objects.requireNonNull(message, "message");
        hint = hint == null ? "" : hint;
    }

    /** An error at a location. */
    public static Diagnostic error(String id, SourceLocation location, String pointer, String message, String hint) {
        return new Diagnostic(Severity.ERROR, id, location, pointer, message, hint);
    }

    /** A warning at a location. */
    public static Diagnostic warning(String id, SourceLocation location, String pointer, String message, String hint) {
        return new Diagnostic(Severity.WARNING, id, location, pointer, message, hint);
    }

    /** A note that needs no action, such as the conversion of a Swagger 2.0 document. */
    public static Diagnostic info(String id, SourceLocation location, String pointer, String message, String hint) {
        return new Diagnostic(Severity.INFO, id, location, pointer, message, hint);
    }

    /** The same problem with another severity. */
    public Diagnostic withSeverity(Severity other) {
        return new Diagnostic(other, id, location, pointer, message, hint);
    }

    /** True for errors. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * Formats the diagnostic the way compilers do, on one line with the hint on the next:
     * {@code spec.yaml:12:7: error: [ref.missing] ... (at #/components/schemas/Foo)}.
     */
    public String format() {
        StringBuilder text = new StringBuilder()
                .append(location).append(": ")
                .append(severity.name().toLowerCase(java.util.Locale.ROOT)).append(": ")
                .append('[').append(id).append("] ")
                .append(message);
        if (!pointer.isEmpty()) {
            text.append(" (at #").append(pointer).append(')');
        }
        if (!hint.isEmpty()) {
            text.append(System.lineSeparator()).append("  hint: ").append(hint);
        }
        return text.toString();
    }
}
