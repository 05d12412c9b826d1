package dev.oasis.generator.build;

import dev.oasis.generator.model.EnumType;
import dev.oasis.generator.model.EnumType.EnumValue;
import dev.oasis.generator.model.Origin;
import dev.oasis.generator.model.ScalarKind;
import dev.oasis.generator.spec.SpecList;
import dev.oasis.generator.spec.SpecMap;
import dev.oasis.generator.spec.SpecNode;
import dev.oasis.generator.spec.SpecScalar;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds {@link EnumType}s from {@code enum}, {@code x-enum-varnames} and {@code x-enum-descriptions};
 * a {@code const} is an enum of one value.
 */
final class EnumRule {

    private EnumRule() {
    }

    /** True when the schema lists enum values, or a {@code const}, for a string or integer type. */
    static boolean applies(SpecMap schema) {
        String type = typeOf(schema);
        return !listed(schema).isEmpty() && (type.equals("string") || type.equals("integer"));
    }

    static EnumType build(SpecMap schema, String name) {
        String type = typeOf(schema);
        ScalarKind kind = type.equals("integer")
                ? FormatRule.scalarKind(type, schema.text("format").orElse("")).orElseThrow()
                : ScalarKind.STRING;
        List<String> varNames = texts(schema.list("x-enum-varnames").orElse(null));
        List<String> descriptions = texts(schema.list("x-enum-descriptions").orElse(null));
        Set<String> seen = new LinkedHashSet<>();
        List<EnumValue> values = new ArrayList<>();
        List<SpecNode> items = listed(schema);
        for (int i = 0; i < items.size(); i++) {
            SpecNode item = items.get(i);
            String value = item instanceof SpecScalar scalar && !scalar.isNull() ? valueText(kind, scalar) : null;
            if (value == null || !seen.add(value)) {
                continue;
            }
            values.add(new EnumValue(value,
                    i < varNames.size() ? varNames.get(i) : "",
                    i < descriptions.size() ? descriptions.get(i) : ""));
        }
        return new EnumType(name, schema.text("description").orElse(""), schema.flag("deprecated", false),
                Origin.of(schema), kind, List.copyOf(values));
    }

    /**
     * The value as the enum holds it: the text of a string enum's value, the whole number of an integer
     * enum's (written {@code 2} even where the spec says {@code 2.0}). Null for a value an integer enum
     * cannot hold, such as {@code 1 = left}: validation reports it, and a lenient level leaves it out
     * rather than writing code that does not compile.
     */
    private static String valueText(ScalarKind kind, SpecScalar value) {
        if (kind == ScalarKind.STRING) {
            return value.text();
        }
        Object raw = value.value();
        BigInteger whole = raw instanceof Long number ? BigInteger.valueOf(number)
                : raw instanceof BigInteger number ? number
                : raw instanceof BigDecimal decimal && decimal.stripTrailingZeros().scale() <= 0 ? decimal.toBigIntegerExact()
                : null;
        int bits = kind == ScalarKind.INT32 ? 31 : 63;
        return whole != null && whole.bitLength() <= bits ? whole.toString() : null;
    }

    /** The values of {@code enum}, or the one of {@code const}; empty when the schema lists none. */
    private static List<SpecNode> listed(SpecMap schema) {
        if (schema.get("const").orElse(null) instanceof SpecScalar constant && !constant.isNull()) {
            return List.of(constant);
        }
        return schema.list("enum").map(SpecList::items).orElse(List.of());
    }

    private static String typeOf(SpecMap schema) {
        String type = Keywords.inferredType(schema);
        return type.isEmpty() ? "string" : type;
    }

    private static List<String> texts(SpecList list) {
        List<String> out = new ArrayList<>();
        if (list != null) {
            for (SpecNode node : list.items()) {
                out.add(node instanceof SpecScalar s && !s.isNull() ? s.text() : "");
            }
        }
        return out;
    }
}
