package dev.oasis.generator.model;

import java.util.List;
import java.util.Optional;

/** An object schema with declared properties, its {@code allOf} parts merged in. */
public final class ObjectType extends RegisteredDefinition {

    private List<Property> properties;
    private TypeRef additionalProperties;
    private boolean closed;

    /** Registers an object type; the build stage completes it. */
    public ObjectType(String specName, Origin origin) {
        super(specName, origin);
    }

    /**
     * Completes the type, once.
     *
     * @param description the description, or empty
     * @param deprecated whether the schema is deprecated
     * @param declared the declared properties in spec order
     * @param additional the type of undeclared properties when {@code additionalProperties} is a schema or true
     * @param closed whether the schema says {@code additionalProperties: false}
     */
    public void complete(String description, boolean deprecated, List<Property> declared, Optional<TypeRef> additional,
            boolean closed) {
        completeDocumentation(description, deprecated);
        this.properties = List.copyOf(declared);
        this.additionalProperties = additional.orElse(null);
        this.closed = closed;
    }

    /** The declared properties in spec order. */
    public List<Property> properties() {
        requireComplete();
        return properties;
    }

    /**
     * The type of undeclared properties when the schema declares {@code additionalProperties}
     * with a schema (or {@code true}, as any JSON value); empty when undeclared properties are
     * just kept as raw JSON.
     */
    public Optional<TypeRef> additionalProperties() {
        requireComplete();
        return Optional.ofNullable(additionalProperties);
    }

    /**
     * Whether the schema forbids properties it does not declare ({@code additionalProperties: false}),
     * so that reading one contradicts the spec rather than just saying more than it.
     */
    public boolean closed() {
        requireComplete();
        return closed;
    }

    @Override
    public String toString() {
        return "ObjectType(" + specName() + ")";
    }
}
