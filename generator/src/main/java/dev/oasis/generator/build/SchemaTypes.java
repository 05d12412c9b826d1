package dev.oasis.generator.build;

import dev.oasis.generator.diagnostic.Diagnostics;
import dev.oasis.generator.model.HierarchyType;
import dev.oasis.generator.model.ObjectType;
import dev.oasis.generator.model.Origin;
import dev.oasis.generator.model.TypeDefinition;
import dev.oasis.generator.model.TypeRef;
import dev.oasis.generator.model.UnionType;
import dev.oasis.generator.openapi.SpecVersion;
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
 * so recursive and mutually recursive schemas resolve to the same definition. The nullability
 * idioms of OpenAPI 3.0 and 3.1 ({@code nullable}, {@code type: [X, 'null']},
 * {@code anyOf: [X, {type: 'null'}]}) give X's type; the property or item that holds it is nullable.
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
    private final Patterns patterns;
    private final ConstraintRule constraints;
    private final ScalarRule scalars;
    private final KeywordNotes notes;
    private final ValueSets values;
    private final List<Runnable> afterBuild = new ArrayList<>();

    SchemaTypes(SpecSet specs, Diagnostics diagnostics, TypeMappings mappings) {
        this.specs = specs;
        this.diagnostics = diagnostics;
        this.patterns = new Patterns(diagnostics);
        this.constraints = new ConstraintRule(patterns);
        this.scalars = new ScalarRule(this, constraints);
        this.notes = new KeywordNotes(specs.version(), diagnostics);
        this.values = new ValueSets(this);
        this.mappings = mappings;
    }

    SpecSet specs() {
        return specs;
    }

    Diagnostics diagnostics() {
        return diagnostics;
    }

    /** Reads validation keywords, each pattern translated once. */
    ConstraintRule constraints() {
        return constraints;
    }

    /** What the schemas of the spec accept, read once each, for the union analysis. */
    ValueSets values() {
        return values;
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
            return reference((SpecMap) schema, nameHint);
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
     * A {@code $ref}: the target's type, with the value constraints written beside it; beside
     * keywords that give it a structure of its own (OpenAPI 3.1), an {@code allOf} of the target and the rest.
     */
    private TypeRef reference(SpecMap reference, String nameHint) {
        if (siblingsApply() && Keywords.hasStructuralSiblings(reference)) {
            resolved.put(reference, ANY);
            TypeRef type = classify(RefSiblings.asAllOf(reference), nameHint);
            resolved.put(reference, type);
            return type;
        }
        TypeRef target = typeOf(specs.resolve(reference), Names.fromReference(reference));
        return siblingsApply() ? scalars.withSiblingConstraints(target, reference) : target;
    }

    /**
     * True when keywords beside a {@code $ref} apply (OpenAPI 3.1); OpenAPI 3.0 ignores them, but for the
     * annotations ({@code description}, {@code nullable}, ...) that every tool reads.
     */
    boolean siblingsApply() {
        return specs.version() == SpecVersion.OPENAPI_3_1;
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
        return objects.formObject(schema, nameHint);
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
        String inferred = Keywords.inferredType(schema);
        mappings.forSchema(name, inferred.isEmpty() ? "object" : inferred)
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
        notes.check(schema);
        List<SpecNode> branches = Keywords.branches(schema);
        if (!branches.isEmpty()) {
            UnionType.Form form = schema.has("oneOf") ? UnionType.Form.ONE_OF : UnionType.Form.ANY_OF;
            if (branches.stream().noneMatch(Keywords::isNullOnly)) {
                return union(schema, name, form, branches);
            }
            List<SpecNode> nonNull = Keywords.withoutNullBranches(schema);
            if (nonNull.size() > 1) {
                return union(schema, name, form, nonNull);
            }
            return nonNull.isEmpty() ? ANY : typeOf(nonNull.get(0), name);
        }
        List<String> types = SchemaType.names(schema).stream().filter(type -> !type.equals("null")).distinct().toList();
        if (types.size() > 1) {
            return union(schema, name, UnionType.Form.TYPE_LIST, TypeLists.branches(schema, types));
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
            Optional<TypeRef> scalar = scalars.allOfScalar(schema, name);
            if (scalar.isPresent()) {
                return scalar.get();
            }
        }
        if (EnumRule.applies(schema)) {
            return register(schema, EnumRule.build(schema, name));
        }
        String type = Keywords.inferredType(schema);
        if (type.equals("array")) {
            return scalars.array(schema, name);
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
        Optional<TypeRef> mapped = mappings.forScalar(type, schema.text("format").orElse(""));
        if (mapped.isPresent()) {
            return mapped.get();
        }
        return scalars.scalar(schema, type).orElse(ANY);
    }

    private TypeRef union(SpecMap schema, String name, UnionType.Form form, List<SpecNode> branches) {
        UnionType union = new UnionType(name, Origin.of(schema), form);
        TypeRef.Named named = register(schema, union);
        unions.fill(union, schema, branches);
        return named;
    }
}
