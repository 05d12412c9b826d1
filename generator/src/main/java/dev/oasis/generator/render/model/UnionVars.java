package dev.oasis.generator.render.model;

import java.util.List;

/**
 * The data of {@code union.mustache}: a sealed interface with one record per {@code oneOf}/{@code anyOf}
 * branch and an {@code Unknown} record that keeps payloads no branch matches.
 *
 * @param project project-wide values
 * @param className the simple interface name
 * @param docLines the schema description as escaped Javadoc lines
 * @param deprecated whether the schema is deprecated
 * @param usesDeprecated whether a branch is a deprecated type, so that the file suppresses
 *     deprecation warnings (the spec's choice, not the user's)
 * @param variants the branches in spec order
 * @param checkOrder the branches in the order a payload is tested against them, as the build stage decided
 */
public record UnionVars(
        ProjectVars project,
        String className,
        List<String> docLines,
        boolean deprecated,
        boolean usesDeprecated,
        List<Variant> variants,
        List<Variant> checkOrder) {

    /**
     * One branch.
     *
     * @param recordName the nested record's name
     * @param label the branch's label in the spec (its schema's name, else its kind), escaped for Javadoc
     * @param javaType the Java type of the branch's value
     * @param codec the expression that builds the codec of the branch's value, checking its constraints,
     *     held in the record's {@code CODEC} constant
     * @param rule the expression that builds the branch's test, a {@code Rule}, held in the record's
     *     {@code RULE} constant; its calls may span lines
     * @param ruleDescription what the test asks of a payload, in words, for Javadoc
     * @param validation the Bean Validation annotations of the record's component ({@code @Valid} for
     *     a model, with {@code beanValidation}); empty otherwise
     */
    public record Variant(String recordName, String label, String javaType, String codec, String rule, String ruleDescription,
            List<String> validation) {
    }
}
