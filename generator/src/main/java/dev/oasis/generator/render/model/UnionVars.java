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
     * @param javaType the Java type of the branch's value
     * @param codec the codec expression of the branch's value
     * @param match how a payload is recognised as this branch
     * @param matchDescription how the branch is recognised, in words, for Javadoc
     * @param validation the Bean Validation annotations of the record's component ({@code @Valid} for
     *     a model, with {@code beanValidation}); empty otherwise
     */
    public record Variant(String recordName, String javaType, String codec, MatchVars match, String matchDescription,
            List<String> validation) {
    }
}
