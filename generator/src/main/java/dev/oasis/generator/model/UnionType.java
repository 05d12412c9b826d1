package dev.oasis.generator.model;

import java.util.List;

/**
 * A {@code oneOf} or {@code anyOf} schema (or a {@code type} list of several types): a value is one
 * of the variants, each wrapped in its own record. How a payload is matched to a variant, and in
 * which order the variants are tried, is decided at generation time by the build stage.
 */
public final class UnionType extends RegisteredDefinition {

    /** How the spec writes the union, which says whether a payload may belong to several branches. */
    public enum Form {
        /** {@code oneOf}: a payload belongs to exactly one branch. */
        ONE_OF("oneOf"),
        /** {@code anyOf}: a payload may belong to several branches. */
        ANY_OF("anyOf"),
        /** A {@code type} list of several types, such as {@code [string, integer]}: any of them. */
        TYPE_LIST("type list");

        private final String keyword;

        Form(String keyword) {
            this.keyword = keyword;
        }

        /** The keyword as the spec writes it, for messages: {@code oneOf}, {@code anyOf} or {@code type list}. */
        public String keyword() {
            return keyword;
        }
    }

    private final Form form;
    private List<Variant> variants;
    private List<Variant> matchOrder;

    /** Registers a union; the build stage completes it. */
    public UnionType(String specName, Origin origin, Form form) {
        super(specName, origin);
        this.form = form;
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

    /** How the spec writes the union. */
    public Form form() {
        return form;
    }

    /** True when a payload may belong to several branches ({@code anyOf} and type lists), false for {@code oneOf}. */
    public boolean anyOf() {
        return form != Form.ONE_OF;
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
     * @param name the branch's label, unique in the union: its schema's name, else its kind with its
     *     position where two branches share a kind (used for the variant record and in messages)
     * @param type the branch's type
     * @param test what a payload must be to be read as this branch, as the generated reader tests it
     * @param origin where the branch is declared
     */
    public record Variant(String name, TypeRef type, ValueSet test, Origin origin) {
    }

    @Override
    public String toString() {
        return "UnionType(" + specName() + ")";
    }
}
