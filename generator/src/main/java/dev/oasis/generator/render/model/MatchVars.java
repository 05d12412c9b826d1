package dev.oasis.generator.render.model;

import java.util.List;

/**
 * How a payload is recognised as one union branch or hierarchy subtype, decided at generation
 * time: it starts with a token of {@code kind}, and, when given, its discriminator property holds
 * one of the values, and it has each required property.
 *
 * @param kind the {@code Unions.Kind} constant the payload's first token must be, such as {@code OBJECT}
 * @param discriminator the discriminator test: a list of one, or empty when no discriminator decides
 * @param requiredLiterals the properties the payload must have, each as a Java string literal
 */
public record MatchVars(String kind, List<DiscriminatorVars> discriminator, List<String> requiredLiterals) {

    /**
     * A discriminator test.
     *
     * @param propertyLiteral the discriminator property as a Java string literal
     * @param valueLiterals the values that select the branch, as Java string literals separated by commas
     */
    public record DiscriminatorVars(String propertyLiteral, LiteralList valueLiterals) {
    }

    /**
     * Java string literals that print separated by commas, as the arguments of a call.
     *
     * @param literals the literals
     */
    public record LiteralList(List<String> literals) {

        /** The literals separated by commas, as {@code {{valueLiterals}}} prints them. */
        @Override
        public String toString() {
            return String.join(", ", literals);
        }
    }
}
