package dev.oasis.generator.model;

import java.util.List;

/**
 * A discriminated {@code allOf} parent: a schema with properties and a {@code discriminator}
 * whose subtypes are the object schemas that extend it. It becomes a sealed interface the
 * subtypes' classes implement; a payload is matched to a subtype by its discriminator value.
 */
public final class HierarchyType extends RegisteredDefinition {

    private String discriminatorProperty;
    private List<Subtype> subtypes;

    /** Registers a hierarchy; the build stage completes it. */
    public HierarchyType(String specName, Origin origin) {
        super(specName, origin);
    }

    /**
     * Completes the hierarchy, once.
     *
     * @param description the description, or empty
     * @param deprecated whether the schema is deprecated
     * @param property the discriminator's property name
     * @param extending the subtypes, in the order a payload is tested against them
     */
    public void complete(String description, boolean deprecated, String property, List<Subtype> extending) {
        completeDocumentation(description, deprecated);
        this.discriminatorProperty = property;
        this.subtypes = List.copyOf(extending);
    }

    /** The discriminator's property name. */
    public String discriminatorProperty() {
        requireComplete();
        return discriminatorProperty;
    }

    /** The subtypes, in the order a payload is tested against them. */
    public List<Subtype> subtypes() {
        requireComplete();
        return subtypes;
    }

    /**
     * An object type that extends the hierarchy.
     *
     * @param type the subtype
     * @param match how a payload is recognised as this subtype: by its discriminator values
     * @param origin where the subtype is declared
     */
    public record Subtype(ObjectType type, VariantMatch match, Origin origin) {
    }

    @Override
    public String toString() {
        return "HierarchyType(" + specName() + ")";
    }
}
