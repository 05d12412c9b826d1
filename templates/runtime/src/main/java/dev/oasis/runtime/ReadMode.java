package dev.oasis.runtime;

import dev.oasis.runtime.json.Deviation;
import java.util.List;

/**
 * How responses that deviate from the spec are treated. Every mode reports every deviation, with
 * its JSON pointer, through {@link ApiResponse#deviations()} or {@link ApiException#deviations()};
 * the modes differ in which deviations they refuse.
 */
public enum ReadMode {

    /**
     * Return the response with nothing lost and report each deviation through
     * {@link ApiResponse#deviations()} and the client's deviation listener. A body of which nothing
     * could be read (a list where an object is declared, say) is still refused, so that its raw text
     * reaches the caller in the exception.
     */
    TOLERANT,

    /**
     * Refuse, with one {@link ApiException} listing every deviation, a response that contradicts the
     * spec: a wrong type, a missing required property, a null the spec does not allow, an unknown enum
     * value, a union value no branch matches, a property {@code additionalProperties: false} forbids, a
     * duplicate property or an empty body. Properties the spec does not mention, in objects it leaves
     * open, are reported but accepted: servers add fields before specs catch up.
     */
    STRICT,

    /**
     * Like {@link #STRICT}, and also refuse properties the spec does not mention, treating every object
     * as if its schema said {@code additionalProperties: false} unless it declares additional properties.
     */
    STRICT_CLOSED;

    /**
     * Whether this mode refuses a response with this deviation.
     *
     * @param deviation the deviation
     * @return true when the response must be refused
     */
    public boolean refuses(Deviation deviation) {
        return switch (this) {
            case TOLERANT -> false;
            case STRICT -> deviation.kind().contradictsSpec();
            case STRICT_CLOSED -> true;
        };
    }

    /**
     * The deviations this mode refuses.
     *
     * @param deviations the deviations of one response
     * @return those that make this mode refuse the response, in order; empty to accept it
     */
    public List<Deviation> refused(List<Deviation> deviations) {
        return deviations.stream().filter(this::refuses).toList();
    }
}
