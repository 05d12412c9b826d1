package dev.oasis.generator.model;

/** A type the generator writes a class for: an object, an enum, a union or a hierarchy. */
public sealed interface TypeDefinition permits RegisteredDefinition, EnumType {

    /** The name the spec gives the type, or the name derived from where an inline schema stands. */
    String specName();

    /** The schema's description, or empty. */
    String description();

    /** True when the schema is marked {@code deprecated}. */
    boolean deprecated();

    /** Where the schema is defined. */
    Origin origin();
}
