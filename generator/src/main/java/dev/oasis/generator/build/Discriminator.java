package dev.oasis.generator.build;

import dev.oasis.generator.model.ValueSet;
import dev.oasis.generator.spec.JsonPointers;
import dev.oasis.generator.spec.SpecMap;
import dev.oasis.generator.spec.SpecNode;
import dev.oasis.generator.spec.SpecScalar;
import dev.oasis.generator.spec.SpecSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A schema's {@code discriminator} keyword, read once: the property name and the mapping from
 * values to the schemas they select, each target resolved through {@code $ref}s. A mapping value
 * that is a reference is resolved from the file the discriminator stands in; one that is a bare
 * schema name names a schema of the main document's {@code components}.
 *
 * @param property the discriminator property
 * @param mapping each mapped value with its target schema, in spec order
 */
record Discriminator(String property, Map<String, SpecNode> mapping) {

    /** The discriminator of a schema; empty when it has none with a {@code propertyName}. */
    static Optional<Discriminator> of(SpecMap schema, SchemaTypes types) {
        Optional<SpecMap> keyword = schema.map("discriminator");
        Optional<String> property = keyword.flatMap(d -> d.text("propertyName"));
        if (property.isEmpty()) {
            return Optional.empty();
        }
        Map<String, SpecNode> mapping = new LinkedHashMap<>();
        keyword.get().map("mapping").ifPresent(map -> map.entries().forEach((value, ref) -> {
            if (ref instanceof SpecScalar scalar) {
                target(scalar, types).ifPresent(target -> mapping.put(value, target));
            }
        }));
        return Optional.of(new Discriminator(property.get(), mapping));
    }

    private static Optional<SpecNode> target(SpecScalar value, SchemaTypes types) {
        String text = value.text();
        Optional<SpecNode> named = text.contains("#") ? Optional.empty() : types.specs().main().rootMap().map("components")
                .flatMap(c -> c.map("schemas")).flatMap(schemas -> schemas.get(text));
        if (named.isPresent()) {
            return named.map(node -> types.specs().resolve(node));
        }
        SpecMap reference = SpecMap.derived(value, Map.of("$ref", value));
        return types.specs().target(reference).map(node -> types.specs().resolve(node));
    }

    /** The mapped values that select {@code target}, in spec order. */
    List<String> valuesOf(SpecNode target) {
        return mapping.entrySet().stream().filter(entry -> entry.getValue() == target).map(Map.Entry::getKey).toList();
    }

    /**
     * The values that select a branch: its mapped values, else (OpenAPI's implicit mapping) the name of
     * the schema it refers to; empty for an inline branch that is not mapped.
     */
    List<String> valuesFor(SpecNode branch, SchemaTypes types) {
        List<String> mapped = valuesOf(types.specs().resolve(branch));
        if (!mapped.isEmpty() || !SpecSet.isReference(branch)) {
            return mapped;
        }
        String ref = SpecSet.referenceOf(branch).orElse("");
        List<String> tokens = JsonPointers.split(ref.contains("#") ? ref.substring(ref.indexOf('#') + 1) : "");
        return tokens.isEmpty() ? List.of() : List.of(tokens.get(tokens.size() - 1));
    }

    /** What a branch's payloads are as far as the discriminator says: objects whose property holds one of its values. */
    ValueSet valueSetFor(SpecNode branch, SchemaTypes types) {
        List<String> values = valuesFor(branch, types);
        if (values.isEmpty()) {
            return new ValueSet.Anything();
        }
        ValueSet text = new ValueSet.Texts(values, List.of(), Optional.empty(), 0, OptionalInt.empty());
        return new ValueSet.Objects(Map.of(property, text), List.of(property), Optional.empty(), false);
    }
}
