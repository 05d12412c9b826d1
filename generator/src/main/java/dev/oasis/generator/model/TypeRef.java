package dev.oasis.generator.model;

/** The type of a property, parameter, item or body, as the model builder resolved it. */
public sealed interface TypeRef {

    /**
     * A scalar such as a string, an int64 or a date-time.
     *
     * @param kind the scalar kind
     * @param constraints what the reader checks about a value: pattern, length or range
     */
    record Scalar(ScalarKind kind, Constraints constraints) implements TypeRef {

        /** A scalar without constraints. */
        public Scalar(ScalarKind kind) {
            this(kind, Constraints.NONE);
        }
    }

    /** A named type: an object, enum or union defined once and referred to by name. */
    record Named(TypeDefinition definition) implements TypeRef {
    }

    /**
     * A JSON array.
     *
     * @param items the type of the items
     * @param constraints what the reader checks about the array: the number of items
     */
    record ListOf(TypeRef items, Constraints constraints) implements TypeRef {

        /** A list without constraints. */
        public ListOf(TypeRef items) {
            this(items, Constraints.NONE);
        }
    }

    /** A JSON object used as a map from string keys to values of one type. */
    record MapOf(TypeRef values) implements TypeRef {
    }

    /**
     * A class of the team's own that a schema, or a type and format, is mapped to
     * ({@code schemaMappings}, {@code typeMappings}); it is read and written through Jackson databind.
     *
     * @param className the fully qualified class name, nested classes joined with dots
     * @param schemaType the {@code type} of the schema it stands for, telling the JSON shape of its
     *     values ({@code object} when the schema has none)
     */
    record External(String className, String schemaType) implements TypeRef {
    }

    /** Any JSON value, kept as it came. */
    record Any() implements TypeRef {
    }

    /** True when the reader checks constraints of this type or of a type inside it (items, map values). */
    static boolean isConstrained(TypeRef type) {
        if (type instanceof Scalar scalar) {
            return !scalar.constraints().isEmpty();
        }
        if (type instanceof ListOf list) {
            return !list.constraints().isEmpty() || isConstrained(list.items());
        }
        return type instanceof MapOf map && isConstrained(map.values());
    }
}
