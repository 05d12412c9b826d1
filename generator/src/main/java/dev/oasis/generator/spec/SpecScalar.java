package dev.oasis.generator.spec;

/**
 * A scalar node: a string, a number ({@code Long}, {@code java.math.BigInteger},
 * {@code Double} or {@code java.math.BigDecimal}), a boolean, or null.
 */
public final class SpecScalar extends PositionedNode {

    private final Object value;

    SpecScalar(NodePosition position, Object value) {
        super(position);
        this.value = value;
    }

    /** A scalar built by a converter, standing where {@code origin} stands. */
    public static SpecScalar derived(SpecNode origin, Object value) {
        return new SpecScalar(((PositionedNode) origin).position(), value);
    }

    /** The typed value, or null for a YAML/JSON null. */
    public Object value() {
        return value;
    }

    /** True for a YAML/JSON null. */
    public boolean isNull() {
        return value == null;
    }

    /** The value as text, as it would print; "null" for null. */
    public String text() {
        return String.valueOf(value);
    }

    @Override
    public String toString() {
        return "SpecScalar(" + value + ") at " + location();
    }
}
