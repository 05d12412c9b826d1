package dev.oasis.generator.build;

import dev.oasis.generator.spec.SpecList;
import dev.oasis.generator.spec.SpecMap;
import dev.oasis.generator.spec.SpecNode;
import dev.oasis.generator.spec.SpecScalar;
import java.util.List;
import java.util.Optional;

/**
 * A schema's {@code type}: OpenAPI 3.0's single name, or OpenAPI 3.1's list, where
 * {@code [string, "null"]} is a nullable string.
 */
final class TypeKeyword {

    private static final String NULL = "null";

    private TypeKeyword() {
    }

    /** The one type the schema names besides {@code null}; empty when it names none or several. */
    static Optional<String> of(SpecMap schema) {
        List<String> types = names(schema).stream().filter(name -> !name.equals(NULL)).toList();
        return types.size() == 1 ? Optional.of(types.get(0)) : Optional.empty();
    }

    /** True when the schema allows null: {@code nullable: true}, or {@code null} among its types. */
    static boolean allowsNull(SpecMap schema) {
        return schema != null && (schema.flag("nullable", false) || names(schema).contains(NULL));
    }

    private static List<String> names(SpecMap schema) {
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
