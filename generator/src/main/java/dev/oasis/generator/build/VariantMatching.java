package dev.oasis.generator.build;

import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.model.EnumType;
import dev.oasis.runtime.json.Unions.Kind;
import dev.oasis.generator.model.ObjectType;
import dev.oasis.generator.model.Property;
import dev.oasis.generator.model.ScalarKind;
import dev.oasis.generator.model.TypeRef;
import dev.oasis.generator.model.UnionType;
import dev.oasis.generator.model.UnionType.Variant;
import dev.oasis.generator.model.VariantMatch;
import dev.oasis.generator.spec.SpecNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
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
 * JSON token kind. Branches no rule separates get a warning with the JSON pointer. It also fixes
 * the order the tests run in: discriminated branches first, then those with more required
 * properties, then by token kind (integers before other numbers).
 */
final class VariantMatching {

    /**
     * A union branch before matching: the variant and the schema it stands for, {@code $ref}s resolved.
     *
     * @param variant the variant, matched by token kind so far
     * @param schema the branch's schema
     */
    record Branch(Variant variant, SpecNode schema) {
    }

    private final SchemaTypes types;
    private final UnionType union;
    private final Optional<Discriminator> discriminator;

    VariantMatching(SchemaTypes types, UnionType union, Optional<Discriminator> discriminator) {
        this.types = types;
        this.union = union;
        this.discriminator = discriminator;
    }

    /** The JSON token kind a value of this type starts with. */
    static Kind kindOf(TypeRef type) {
        if (type instanceof TypeRef.Scalar scalar) {
            return switch (scalar.kind()) {
                case INT32, INT64 -> Kind.INTEGER;
                case FLOAT, DOUBLE, DECIMAL -> Kind.NUMBER;
                case BOOLEAN -> Kind.BOOLEAN;
                default -> Kind.STRING;
            };
        }
        if (type instanceof TypeRef.ListOf) {
            return Kind.ARRAY;
        }
        if (type instanceof TypeRef.External external) {
            return external.schemaType().equals("array") ? Kind.ARRAY : FormatRule.scalarKind(external.schemaType(), "")
                    .map(kind -> kindOf(new TypeRef.Scalar(kind))).orElse(Kind.OBJECT);
        }
        if (type instanceof TypeRef.Named named && named.definition() instanceof EnumType enumType) {
            return kindOf(new TypeRef.Scalar(enumType.valueKind()));
        }
        return Kind.OBJECT;
    }

    /** Decides each branch's match and the order of the tests, warns about branches no rule separates, and completes the union. */
    void complete(List<Branch> branches, String description, boolean deprecated) {
        List<Variant> variants = branches.stream().map(Branch::variant).toList();
        List<Variant> matched = discriminator.map(d -> explicit(d, branches))
                .or(() -> implicitDiscriminator(variants))
                .orElseGet(() -> byRequiredProperties(variants));
        warnAboutAmbiguity(matched);
        List<Variant> order = new ArrayList<>(matched);
        order.sort(Comparator.comparingInt(VariantMatching::specificity));
        union.complete(description, deprecated, matched, order);
    }

    /**
     * Lower sorts first: discriminated branches, then those with more required properties, integers
     * before numbers; the sort is stable, so otherwise spec order.
     */
    private static int specificity(Variant variant) {
        VariantMatch match = variant.match();
        if (match.hasDiscriminator()) {
            return -match.requiredProperties().size();
        }
        if (!match.requiredProperties().isEmpty()) {
            return 1000 - match.requiredProperties().size();
        }
        return match.kind() == Kind.NUMBER ? 2001 : 2000;
    }

    /** Each branch is selected by its mapped values or, unmapped, by its schema name. */
    private static List<Variant> explicit(Discriminator discriminator, List<Branch> branches) {
        List<Variant> out = new ArrayList<>();
        for (Branch branch : branches) {
            List<String> values = discriminator.valuesOf(branch.schema());
            Variant variant = branch.variant();
            out.add(new Variant(variant.name(), variant.type(), VariantMatch.byDiscriminator(discriminator.property(),
                    values.isEmpty() ? List.of(variant.name()) : values, List.of()), variant.origin()));
        }
        return out;
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
            out.add(new Variant(variant.name(), variant.type(), VariantMatch.byDiscriminator(property, values,
                    unique ? List.of() : requiredOf(object.get())), variant.origin()));
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
                out.add(new Variant(variant.name(), variant.type(), VariantMatch.byRequiredProperties(requiredOf(object.get())),
                        variant.origin()));
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
