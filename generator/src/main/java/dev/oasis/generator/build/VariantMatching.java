package dev.oasis.generator.build;

import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.model.EnumType;
import dev.oasis.generator.model.JsonKind;
import dev.oasis.generator.model.ObjectType;
import dev.oasis.generator.model.Property;
import dev.oasis.generator.model.ScalarKind;
import dev.oasis.generator.model.TypeRef;
import dev.oasis.generator.model.UnionType;
import dev.oasis.generator.model.UnionType.Variant;
import dev.oasis.generator.model.VariantMatch;
import dev.oasis.generator.spec.SpecMap;
import dev.oasis.generator.spec.SpecNode;
import dev.oasis.generator.spec.SpecScalar;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides, at generation time, how a payload is matched to a union branch. The rules, in order:
 * an explicit {@code discriminator} (with its mapping); an implicit discriminator, the property
 * whose enum values tell the most object branches apart (like JSON:API {@code type}), backed by
 * required properties where values are shared; the required properties of each object branch; the
 * JSON token kind. Branches no rule separates
 * get a warning with the JSON pointer.
 */
final class VariantMatching {

    private final SchemaTypes types;
    private final UnionType union;
    private final SpecMap schema;

    VariantMatching(SchemaTypes types, UnionType union, SpecMap schema) {
        this.types = types;
        this.union = union;
        this.schema = schema;
    }

    /** The JSON token kind a value of this type starts with. */
    static JsonKind kindOf(TypeRef type) {
        if (type instanceof TypeRef.Scalar scalar) {
            return switch (scalar.kind()) {
                case INT32, INT64 -> JsonKind.INTEGER;
                case FLOAT, DOUBLE, DECIMAL -> JsonKind.NUMBER;
                case BOOLEAN -> JsonKind.BOOLEAN;
                default -> JsonKind.STRING;
            };
        }
        if (type instanceof TypeRef.ListOf) {
            return JsonKind.ARRAY;
        }
        if (type instanceof TypeRef.Named named && named.definition() instanceof EnumType enumType) {
            return kindOf(new TypeRef.Scalar(enumType.valueKind()));
        }
        return JsonKind.OBJECT;
    }

    void assign(List<Variant> variants) {
        List<Variant> matched = explicitDiscriminator(variants)
                .or(() -> implicitDiscriminator(variants))
                .orElseGet(() -> byRequiredProperties(variants));
        union.replaceVariants(matched);
        warnAboutAmbiguity(matched);
    }

    private Optional<List<Variant>> explicitDiscriminator(List<Variant> variants) {
        Optional<SpecMap> discriminator = schema.map("discriminator");
        Optional<String> property = discriminator.flatMap(d -> d.text("propertyName"));
        if (property.isEmpty()) {
            return Optional.empty();
        }
        Map<String, SpecNode> mappingTargets = new LinkedHashMap<>();
        discriminator.get().map("mapping").ifPresent(mapping -> mapping.entries().forEach((value, ref) -> {
            if (ref instanceof SpecScalar scalar) {
                mappingTargets.put(value, resolveMappingTarget(scalar.text()));
            }
        }));
        List<Variant> out = new ArrayList<>();
        for (Variant variant : variants) {
            SpecNode target = types.specs().resolve(schemaNodeOf(variant));
            List<String> values = new ArrayList<>();
            mappingTargets.forEach((value, node) -> {
                if (node == target) {
                    values.add(value);
                }
            });
            if (values.isEmpty()) {
                values.add(variant.name());
            }
            out.add(variant.withMatch(new VariantMatch(JsonKind.OBJECT, List.copyOf(values), List.of())));
        }
        union.discriminatorProperty(property.get());
        return Optional.of(out);
    }

    private SpecNode schemaNodeOf(Variant variant) {
        String pointer = variant.origin().pointer();
        return schema.document().at(pointer).orElse(schema);
    }

    private SpecNode resolveMappingTarget(String ref) {
        String pointer = ref.startsWith("#") ? ref.substring(1) : "/components/schemas/" + ref;
        return schema.document().at(pointer).map(node -> types.specs().resolve(node)).orElse(null);
    }

    /**
     * Looks for the property that tells the most object branches apart by its enum values (a
     * single value each, like JSON:API {@code type}, or a few). Branches whose values are shared,
     * or that lack the property, are told apart by their required properties as well.
     */
    private Optional<List<Variant>> implicitDiscriminator(List<Variant> variants) {
        List<ObjectType> objects = new ArrayList<>();
        for (Variant variant : variants) {
            objectOf(variant).ifPresent(objects::add);
        }
        if (objects.size() < 2) {
            return Optional.empty();
        }
        String best = null;
        int bestSeparated = 1;
        for (String candidate : propertyNames(objects)) {
            int separated = separatedBy(candidate, objects);
            if (separated > bestSeparated) {
                best = candidate;
                bestSeparated = separated;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        String property = best;
        union.discriminatorProperty(property);
        List<Variant> out = new ArrayList<>();
        for (Variant variant : variants) {
            Optional<ObjectType> object = objectOf(variant);
            if (object.isEmpty()) {
                out.add(variant);
                continue;
            }
            List<String> values = enumValues(object.get(), property);
            boolean unique = !values.isEmpty() && objects.stream().filter(o -> o != object.get())
                    .noneMatch(other -> enumValues(other, property).stream().anyMatch(values::contains));
            out.add(variant.withMatch(new VariantMatch(JsonKind.OBJECT, values,
                    unique ? List.of() : requiredOf(object.get()))));
        }
        return Optional.of(out);
    }

    private static List<String> propertyNames(List<ObjectType> objects) {
        Set<String> names = new LinkedHashSet<>();
        for (ObjectType object : objects) {
            object.properties().forEach(p -> names.add(p.jsonName()));
        }
        return List.copyOf(names);
    }

    /** How many branches hold enum values for {@code property} that no other branch holds. */
    private static int separatedBy(String property, List<ObjectType> objects) {
        int separated = 0;
        for (ObjectType object : objects) {
            List<String> values = enumValues(object, property);
            if (!values.isEmpty() && objects.stream().filter(o -> o != object)
                    .noneMatch(other -> enumValues(other, property).stream().anyMatch(values::contains))) {
                separated++;
            }
        }
        return separated;
    }

    private List<Variant> byRequiredProperties(List<Variant> variants) {
        List<Variant> out = new ArrayList<>();
        for (Variant variant : variants) {
            Optional<ObjectType> object = objectOf(variant);
            if (object.isPresent()) {
                out.add(variant.withMatch(new VariantMatch(JsonKind.OBJECT, List.of(), requiredOf(object.get()))));
            } else {
                out.add(variant);
            }
        }
        return out;
    }

    private void warnAboutAmbiguity(List<Variant> variants) {
        for (int i = 0; i < variants.size(); i++) {
            for (int j = i + 1; j < variants.size(); j++) {
                Variant a = variants.get(i);
                Variant b = variants.get(j);
                if (indistinguishable(a.match(), b.match())) {
                    types.diagnostics().report(Diagnostic.warning("union.ambiguous", b.origin().location(),
                            b.origin().pointer(),
                            "oneOf branches '" + a.name() + "' and '" + b.name() + "' of '" + union.specName()
                                    + "' cannot be told apart; payloads matching both are read as '" + a.name() + "'",
                            "add a discriminator, or give each branch a required property or enum value of its own"));
                }
            }
        }
    }

    private static boolean indistinguishable(VariantMatch a, VariantMatch b) {
        if (a.kind() != b.kind()) {
            return false;
        }
        if (a.discriminatorValues().isEmpty() != b.discriminatorValues().isEmpty()) {
            return false;
        }
        if (!a.discriminatorValues().isEmpty()) {
            Set<String> common = new HashSet<>(a.discriminatorValues());
            common.retainAll(b.discriminatorValues());
            if (common.isEmpty()) {
                return false;
            }
        }
        return b.requiredProperties().containsAll(a.requiredProperties())
                && a.requiredProperties().containsAll(b.requiredProperties());
    }

    private static Optional<ObjectType> objectOf(Variant variant) {
        if (variant.type() instanceof TypeRef.Named named && named.definition() instanceof ObjectType object) {
            return Optional.of(object);
        }
        return Optional.empty();
    }

    private static List<String> requiredOf(ObjectType object) {
        return object.properties().stream().filter(Property::required).map(Property::jsonName).toList();
    }

    /** The string enum values a property of {@code object} allows; empty when it is not a string enum. */
    private static List<String> enumValues(ObjectType object, String property) {
        return object.properties().stream()
                .filter(p -> p.jsonName().equals(property))
                .map(Property::type)
                .filter(t -> t instanceof TypeRef.Named named && named.definition() instanceof EnumType e
                        && e.valueKind() == ScalarKind.STRING)
                .map(t -> ((EnumType) ((TypeRef.Named) t).definition()).values().stream().map(EnumType.EnumValue::value).toList())
                .findFirst().orElse(List.of());
    }
}
