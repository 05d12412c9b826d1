package dev.oasis.generator.build;

import dev.oasis.generator.diagnostic.Closest;
import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.diagnostic.Diagnostics;
import dev.oasis.generator.spec.SpecMap;
import dev.oasis.generator.spec.SpecNode;
import java.util.Map;

/**
 * Puts the {@code schemaMappings} in place before any schema is resolved, so that every reference
 * to a mapped schema, wherever it stands, resolves to the team's class; reports a mapping that names
 * no schema under {@code components/schemas}.
 */
final class SchemaMappingCheck {

    private SchemaMappingCheck() {
    }

    static void apply(SpecMap root, TypeMappings mappings, SchemaTypes types, Diagnostics diagnostics) {
        if (mappings.schemaMappings().isEmpty()) {
            return;
        }
        SpecMap schemas = root.map("components").flatMap(c -> c.map("schemas")).orElse(null);
        Map<String, SpecNode> entries = schemas == null ? Map.of() : schemas.entries();
        SpecNode at = schemas == null ? root : schemas;
        mappings.schemaMappings().forEach((name, className) -> {
            SpecNode schema = entries.get(name);
            if (schema instanceof SpecMap map) {
                types.mapComponent(map, name);
            } else {
                diagnostics.report(Diagnostic.error("mapping.unknown-schema", at.location(), at.pointer(),
                        "schemaMappings maps '" + name + "' to " + className + ", but there is no schema '" + name
                                + "' under components/schemas",
                        Closest.among(name, entries.keySet()).map(closest -> "did you mean '" + closest + "'?")
                                .orElse("the spec defines no component schemas; map one of its schemas by name")));
            }
        });
    }
}
