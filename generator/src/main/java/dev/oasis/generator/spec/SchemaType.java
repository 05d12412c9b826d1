package dev.oasis.generator.spec;

import java.util.List;
import java.util.Optional;

/**
 * A schema's {@code type}: OpenAPI 3.0's single name, or OpenAPI 3.1's list, where
 * {@code [string, "null"]} is a nullable string.
 */
public final class SchemaType {

    private static final String NULL = "null";

    private SchemaType() {
    }

    /** The one type the schema names besides {@code null}; empty when it names none or several. */
    public static Optional<String> of(SpecMap schema) {
        List<String> types = names(schema).stream().filter(name -> !name.equals(NULL)).toList();
        return types.size() == 1 ? Optional.of(types.get(0)) : Optional.empty();
    }

    /** True when the schema allows null: {@code nullable: true}, or {@code null} among its types. */
    public static boolean allowsNull(SpecMap schema) {
        return schema != null && (schema.flag("nullable", false) || names(schema).contains(NULL));
    }

    /** Every type the schema names, {@code null} included, in order; empty when it names none. */
    public static List<String> names(SpecMap schema) {
        SpecNode type = schema.get("type").orElse(null);
        if (type instanceof SpecScalar scalar && scalar.value() instanceof String name) {
            return List.of(name);
        }
        if (type instanceof SpecList list) {
            return list.items().stream().filter(SpecScalar.class::isInstance).map(item -> ((SpecScalar) item).text()).toList();
        }
        return List.of();
    }
}
