package dev.oasis.generator.build;

import dev.oasis.generator.diagnostic.Diagnostics;
import dev.oasis.generator.model.ObjectType;
import dev.oasis.generator.model.HierarchyType;
import dev.oasis.generator.model.Origin;
import dev.oasis.generator.model.ScalarKind;
import dev.oasis.generator.model.TypeDefinition;
import dev.oasis.generator.model.TypeRef;
import dev.oasis.generator.model.UnionType;
import dev.oasis.generator.spec.JsonPointers;
import dev.oasis.generator.spec.SchemaType;
import dev.oasis.generator.spec.SpecMap;
import dev.oasis.generator.spec.SpecNode;
import dev.oasis.generator.spec.SpecSet;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves schemas to {@link TypeRef}s, dispatching each schema to the rule for its keyword family.
 * Every schema node is resolved once; named types are registered before their contents are built,
 * so recursive and mutually recursive schemas resolve to the same definition.
 */
final class SchemaTypes {

    private static final TypeRef ANY = new TypeRef.Any();

    private final SpecSet specs;
    private final Diagnostics diagnostics;
    private final TypeMappings mappings;
    private final Map<SpecNode, TypeRef> resolved = new IdentityHashMap<>();
    private final List<TypeDefinition> definitions = new ArrayList<>();
    private final ObjectRule objects = new ObjectRule(this);
    private final UnionRule unions = new UnionRule(this);
    private final HierarchyRule hierarchies = new HierarchyRule(this);
    private final List<Runnable> afterBuild = new ArrayList<>();

    SchemaTypes(SpecSet specs, Diagnostics diagnostics, TypeMappings mappings) {
        this.specs = specs;
        this.diagnostics = diagnostics;
        this.mappings = mappings;
    }

    SpecSet specs() {
        return specs;
    }

    Diagnostics diagnostics() {
        return diagnostics;
    }

    /** Runs a step once every schema is resolved, such as deciding how union branches are matched. */
    void whenAllBuilt(Runnable step) {
        afterBuild.add(step);
    }

    /** Runs the deferred steps, in the order they were asked for; after this every type is complete. */
    void completeAll() {
        for (int i = 0; i < afterBuild.size(); i++) {
            afterBuild.get(i).run();
        }
        afterBuild.clear();
    }

    /** Every named type built so far, in the order first met. */
    List<TypeDefinition> definitions() {
        return List.copyOf(definitions);
    }

    /**
     * The type of a schema.
     *
     * @param schema the schema node, possibly a {@code $ref}
     * @param nameHint the name an inline object, enum or union gets, derived from where it stands
     */
    TypeRef typeOf(SpecNode schema, String nameHint) {
        TypeRef known = resolved.get(schema);
        if (known != null) {
            return known;
        }
        if (SpecSet.isReference(schema)) {
            SpecNode target = specs.resolve(schema);
            return typeOf(target, nameFromReference(schema));
        }
        if (!(schema instanceof SpecMap map)) {
            return ANY;
        }
        resolved.put(schema, ANY);
        TypeRef type = classify(map, nameHint);
        resolved.put(schema, type);
        return type;
    }

    /**
     * The object type of a schema whose properties become form fields: a referenced object is the
     * model type it always is; an inline one is completed but not registered, so that no model
     * class is written for a form nobody builds as an object.
     *
     * @param schema the schema node, possibly a {@code $ref}
     * @param nameHint the name an inline object's nested types derive their names from
     * @return the object type; empty when the schema is not an object with properties
     */
    Optional<ObjectType> formObject(SpecNode schema, String nameHint) {
        if (SpecSet.isReference(schema)) {
            TypeRef type = typeOf(schema, nameHint);
            return type instanceof TypeRef.Named named && named.definition() instanceof ObjectType object
                    ? Optional.of(object) : Optional.empty();
        }
        if (!(schema instanceof SpecMap map) || map.has("oneOf") || map.has("anyOf") || Discriminator.of(map, this).isPresent()) {
            return Optional.empty();
        }
        Optional<SpecNode> alias = map.has("allOf") ? objects.singleAllOfReference(map) : Optional.empty();
        if (alias.isPresent()) {
            return formObject(alias.get(), nameHint);
        }
        if (!objects.declaresProperties(map)) {
            return Optional.empty();
        }
        ObjectType object = new ObjectType(nameHint, Origin.of(map));
        objects.fill(object, map);
        return Optional.of(object);
    }

    /** The schema a node stands for, following {@code $ref}s. */
    SpecMap schemaOf(SpecNode node) {
        SpecNode target = specs.resolve(node);
        return target instanceof SpecMap map ? map : null;
    }

    /**
     * Records that a component schema stands for a class of the team's own ({@code schemaMappings}):
     * wherever it is referred to, it resolves to that class, and it is not generated.
     */
    void mapComponent(SpecMap schema, String name) {
        String inferred = inferType(schema);
        mappings.forSchema(name, SchemaType.of(schema).orElse(inferred.isEmpty() ? "object" : inferred))
                .ifPresent(type -> resolved.put(schema, type));
    }

    /** Registers a named type and records the reference to it before its contents are built. */
    TypeRef.Named register(SpecMap schema, TypeDefinition definition) {
        TypeRef.Named named = new TypeRef.Named(definition);
        resolved.put(schema, named);
        definitions.add(definition);
        return named;
    }

    private TypeRef classify(SpecMap schema, String name) {
        if (schema.has("oneOf") || schema.has("anyOf")) {
            boolean anyOf = !schema.has("oneOf");
            UnionType union = new UnionType(name, Origin.of(schema), anyOf);
            TypeRef.Named named = register(schema, union);
            unions.fill(union, schema);
            return named;
        }
        Optional<Discriminator> discriminator = Discriminator.of(schema, this);
        if (discriminator.isPresent() && objects.declaresProperties(schema)) {
            HierarchyType parent = new HierarchyType(name, Origin.of(schema));
            TypeRef.Named named = register(schema, parent);
            hierarchies.fill(parent, schema, discriminator.get());
            return named;
        }
        if (schema.has("allOf")) {
            Optional<SpecNode> alias = objects.singleAllOfReference(schema);
            if (alias.isPresent()) {
                return typeOf(alias.get(), name);
            }
        }
        if (EnumRule.applies(schema)) {
            return register(schema, EnumRule.build(schema, name));
        }
        String type = SchemaType.of(schema).orElse(inferType(schema));
        if (type.equals("array")) {
            return new TypeRef.ListOf(schema.get("items").map(items -> typeOf(items, name + "Item")).orElse(ANY));
        }
        if (type.equals("object")) {
            if (!objects.declaresProperties(schema)) {
                return new TypeRef.MapOf(objects.additionalPropertiesType(schema, name).orElse(ANY));
            }
            ObjectType object = new ObjectType(name, Origin.of(schema));
            TypeRef.Named named = register(schema, object);
            objects.fill(object, schema);
            return named;
        }
        String format = schema.text("format").orElse("");
        Optional<TypeRef> mapped = mappings.forScalar(type, format);
        if (mapped.isPresent()) {
            return mapped.get();
        }
        Optional<ScalarKind> scalar = FormatRule.scalarKind(type, format);
        return scalar.<TypeRef>map(TypeRef.Scalar::new).orElse(ANY);
    }

    private static String inferType(SpecMap schema) {
        if (schema.has("properties") || schema.has("allOf") || schema.has("additionalProperties")) {
            return "object";
        }
        if (schema.has("items")) {
            return "array";
        }
        return "";
    }

    private String nameFromReference(SpecNode reference) {
        String ref = SpecSet.referenceOf(reference).orElse("");
        int hash = ref.indexOf('#');
        List<String> tokens = JsonPointers.split(hash < 0 ? "" : ref.substring(hash + 1));
        if (tokens.isEmpty()) {
            String file = hash < 0 ? ref : ref.substring(0, hash);
            String base = file.substring(file.lastIndexOf('/') + 1);
            int dot = base.indexOf('.');
            return Names.pascal(dot < 0 ? base : base.substring(0, dot));
        }
        return tokens.get(tokens.size() - 1);
    }
}
