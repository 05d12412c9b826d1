package dev.oasis.generator.build;

import dev.oasis.generator.spec.SpecMap;
import dev.oasis.generator.spec.SpecNode;
import dev.oasis.generator.spec.SpecScalar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A schema's {@code discriminator} keyword, read once: the property name and the mapping from
 * values to the schemas they select, each target resolved through {@code $ref}s.
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
                String pointer = scalar.text().startsWith("#") ? scalar.text().substring(1) : "/components/schemas/" + scalar.text();
                schema.document().at(pointer).map(node -> types.specs().resolve(node)).ifPresent(target -> mapping.put(value, target));
            }
        }));
        return Optional.of(new Discriminator(property.get(), mapping));
    }

    /** The mapped values that select {@code target}, in spec order. */
    List<String> valuesOf(SpecNode target) {
        return mapping.entrySet().stream().filter(entry -> entry.getValue() == target).map(Map.Entry::getKey).toList();
    }
}
