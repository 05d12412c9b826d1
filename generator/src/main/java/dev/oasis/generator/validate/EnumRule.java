package dev.oasis.generator.validate;

import dev.oasis.generator.openapi.ObjectShape;
import dev.oasis.generator.spec.SchemaType;
import dev.oasis.generator.spec.SpecList;
import dev.oasis.generator.spec.SpecMap;
import dev.oasis.generator.spec.SpecNode;
import dev.oasis.generator.spec.SpecScalar;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Enum values are values of the schema's type. A value an integer enum cannot hold would become a
 * constant that does not compile, so it is an error at its own line; text where a string is expected
 * is read as that text, with a warning.
 */
final class EnumRule extends Rule {

    private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);

    EnumRule(Findings findings) {
        super(findings);
    }

    @Override
    public void object(SpecMap node, ObjectShape shape) {
        if (!shape.name().equals("Schema") || !(node.get("enum").orElse(null) instanceof SpecList values)) {
            return;
        }
        List<String> types = SchemaType.names(node);
        boolean nullable = node.flag("nullable", false) || types.contains("null");
        Set<String> seen = new HashSet<>();
        for (SpecNode item : values.items()) {
            if (!(item instanceof SpecScalar value)) {
                continue;
            }
            if (value.isNull()) {
                if (!nullable) {
                    findings.warning("enum.null", value, "enum value null is not a value of this schema, which is not nullable",
                            "add nullable: true, or remove null from the enum");
                }
                continue;
            }
            if (!seen.add(value.value().getClass().getSimpleName() + ":" + value.text())) {
                findings.warning("enum.duplicate", value, "enum value " + Texts.quote(value.text()) + " is listed twice",
                        "remove one; the enum has it once");
                continue;
            }
            check(node, types, value);
        }
    }

    private void check(SpecMap schema, List<String> types, SpecScalar value) {
        if (types.size() != 1) {
            return;
        }
        Object raw = value.value();
        switch (types.get(0)) {
            case "integer" -> {
                BigInteger whole = wholeNumber(raw);
                if (whole == null) {
                    findings.error("enum.type", value, "enum value " + Texts.quote(value.text()) + " is not an integer, as the schema's type says",
                            "write the value as a whole number, and its meaning in description or x-enum-varnames");
                } else if (schema.text("format").filter("int32"::equals).isPresent()
                        && (whole.compareTo(INT_MIN) < 0 || whole.compareTo(INT_MAX) > 0)) {
                    findings.error("enum.type", value, "enum value " + value.text() + " does not fit format int32",
                            "use format: int64, or a value between " + INT_MIN + " and " + INT_MAX);
                }
            }
            case "number" -> mismatch(value, raw instanceof Number, "a number");
            case "boolean" -> mismatch(value, raw instanceof Boolean, "a boolean");
            case "string" -> mismatch(value, raw instanceof String, "a string");
            default -> {
            }
        }
    }

    private void mismatch(SpecScalar value, boolean fits, String kind) {
        if (!fits) {
            findings.warning("enum.type", value, "enum value " + Texts.quote(value.text()) + " is not " + kind + ", as the schema's type says",
                    "it is read as " + Texts.quote(value.text()) + "; quote or correct it");
        }
    }

    /** The value as a whole number, or null when it is none. */
    static BigInteger wholeNumber(Object raw) {
        if (raw instanceof Long number) {
            return BigInteger.valueOf(number);
        }
        if (raw instanceof BigInteger number) {
            return number;
        }
        if (raw instanceof BigDecimal decimal && decimal.stripTrailingZeros().scale() <= 0) {
            return decimal.toBigIntegerExact();
        }
        return null;
    }
}
