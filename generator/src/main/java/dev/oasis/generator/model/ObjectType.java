package dev.oasis.generator.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An object schema with declared properties. Built in two steps (registered, then filled) so that
 * recursive schemas can refer to themselves.
 */
public final class ObjectType extends RegisteredDefinition {

    private final List<Property> properties = new ArrayList<>();
    private TypeRef additionalProperties;
    private final List<UnionType> supertypes = new ArrayList<>();

    /** Creates an empty object type; the builder fills it. */
    public ObjectType(String specName, Origin origin) {
        super(specName, origin);
    }

    /** The declared properties in spec order. */
    public List<Property> properties() {
        return List.copyOf(properties);
    }

    /**
     * The type of undeclared properties when the schema declares {@code additionalProperties}
     * with a schema; empty when undeclared properties are just kept as raw JSON.
     */
    public Optional<TypeRef> additionalProperties() {
        return Optional.ofNullable(additionalProperties);
    }

    /** The discriminated {@code allOf} parents this type extends, in the order found. */
    public List<UnionType> supertypes() {
        return List.copyOf(supertypes);
    }

    /** Records a discriminated {@code allOf} parent this type extends. */
    public void addSupertype(UnionType parent) {
        if (!supertypes.contains(parent)) {
            supertypes.add(parent);
        }
    }

    /** Adds a property, or replaces in place an earlier one with the same JSON name (as allOf merging needs). */
    public void addProperty(Property property) {
        for (int i = 0; i < properties.size(); i++) {
            if (properties.get(i).jsonName().equals(property.jsonName())) {
                properties.set(i, property);
                return;
            }
        }
        properties.add(property);
    }

    /** Sets the type of additional properties. */
    public void additionalProperties(TypeRef type) {
        this.additionalProperties = type;
    }

    @Override
    public String toString() {
        return "ObjectType(" + specName() + ")";
    }
}
