package dev.oasis.generator.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code oneOf} or {@code anyOf} schema: a value is exactly one of the variants. How a payload is
 * matched to a variant is decided at generation time and stored in each {@link Variant}'s
 * {@link VariantMatch}. Also a discriminated {@code allOf} parent, whose variants are the object
 * types that extend it (a sealed hierarchy rather than wrapped values).
 */
public final class UnionType extends RegisteredDefinition {

    private final boolean anyOf;
    private final List<Variant> variants = new ArrayList<>();
    private String discriminatorProperty = "";
    private boolean hierarchy;

    /** Creates an empty union; the builder fills it. */
    public UnionType(String specName, Origin origin, boolean anyOf) {
        super(specName, origin);
        this.anyOf = anyOf;
    }

    /** True for {@code anyOf}, false for {@code oneOf}. */
    public boolean anyOf() {
        return anyOf;
    }

    /** The variants in spec order. */
    public List<Variant> variants() {
        return List.copyOf(variants);
    }

    /** The discriminator property name (explicit or implicit), or empty when there is none. */
    public String discriminatorProperty() {
        return discriminatorProperty;
    }

    /**
     * True for a discriminated {@code allOf} parent: every variant is an {@link ObjectType} that
     * extends it and is a subtype of it, not a value wrapped in a variant.
     */
    public boolean hierarchy() {
        return hierarchy;
    }

    /** Marks the union as a discriminated {@code allOf} parent. */
    public void hierarchy(boolean value) {
        this.hierarchy = value;
    }

    /** Adds a variant. */
    public void addVariant(Variant variant) {
        variants.add(variant);
    }

    /** Replaces the variants, for passes that compute how they are matched. */
    public void replaceVariants(List<Variant> updated) {
        variants.clear();
        variants.addAll(updated);
    }

    /** Sets the discriminator property. */
    public void discriminatorProperty(String name) {
        this.discriminatorProperty = name;
    }

    /**
     * One branch of the union.
     *
     * @param name a name for the branch, derived from its type (used for the variant class)
     * @param type the branch's type
     * @param match how a payload is recognised as this branch
     * @param origin where the branch is declared
     */
    public record Variant(String name, TypeRef type, VariantMatch match, Origin origin) {

        /** The same variant with another match rule. */
        public Variant withMatch(VariantMatch updated) {
            return new Variant(name, type, updated, origin);
        }
    }

    @Override
    public String toString() {
        return "UnionType(" + specName() + ")";
    }
}
