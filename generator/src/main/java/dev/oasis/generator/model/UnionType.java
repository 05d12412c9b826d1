package dev.oasis.generator.model;

import java.util.List;

/**
 * A {@code oneOf} or {@code anyOf} schema: a value is exactly one of the variants, each wrapped
 * in its own record. How a payload is matched to a variant, and in which order the variants are
 * tried, is decided at generation time by the build stage.
 */
public final class UnionType extends RegisteredDefinition {

    private final boolean anyOf;
    private List<Variant> variants;
    private List<Variant> matchOrder;

    /** Registers a union; the build stage completes it. */
    public UnionType(String specName, Origin origin, boolean anyOf) {
        super(specName, origin);
        this.anyOf = anyOf;
    }

    /**
     * Completes the union, once.
     *
     * @param description the description, or empty
     * @param deprecated whether the schema is deprecated
     * @param inSpecOrder the variants in spec order
     * @param inMatchOrder the same variants in the order a payload is tested against them
     */
    public void complete(String description, boolean deprecated, List<Variant> inSpecOrder, List<Variant> inMatchOrder) {
        completeDocumentation(description, deprecated);
        this.variants = List.copyOf(inSpecOrder);
        this.matchOrder = List.copyOf(inMatchOrder);
    }

    /** True for {@code anyOf}, false for {@code oneOf}. */
    public boolean anyOf() {
        return anyOf;
    }

    /** The variants in spec order. */
    public List<Variant> variants() {
        requireComplete();
        return variants;
    }

    /** The variants in the order a payload is tested against them: the most specific first. */
    public List<Variant> matchOrder() {
        requireComplete();
        return matchOrder;
    }

    /**
     * One branch of the union.
     *
     * @param name a name for the branch, derived from its type (used for the variant record)
     * @param type the branch's type
     * @param match how a payload is recognised as this branch
     * @param origin where the branch is declared
     */
    public record Variant(String name, TypeRef type, VariantMatch match, Origin origin) {
    }

    @Override
    public String toString() {
        return "UnionType(" + specName() + ")";
    }
}
