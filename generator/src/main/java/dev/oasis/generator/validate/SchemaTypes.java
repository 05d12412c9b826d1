package dev.oasis.generator.validate;

import dev.oasis.generator.spec.SpecList;
import dev.oasis.generator.spec.SpecMap;
import dev.oasis.generator.spec.SpecNode;
import dev.oasis.generator.spec.SpecScalar;
import java.util.List;

/** The types a schema names: one for {@code type: string}, several for OpenAPI 3.1's {@code type: [string, "null"]}. */
final class SchemaTypes {

    private SchemaTypes() {
    }

    static List<String> of(SpecMap schema) {
        SpecNode type = schema.get("type").orElse(null);
        if (type instanceof SpecScalar scalar && scalar.value() instanceof String text) {
            return List.of(text);
        }
        if (type instanceof SpecList list) {
            return list.items().stream().filter(SpecScalar.class::isInstance).map(item -> ((SpecScalar) item).text()).toList();
        }
        return List.of();
    }
}
