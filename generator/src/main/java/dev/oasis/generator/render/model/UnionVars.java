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
 * @param hierarchy whether this is a discriminated {@code allOf} parent whose variants are model
 *     classes implementing it, rather than a union of wrapped values
 * @param permits for a hierarchy, the permitted subtypes joined with commas ({@code Unknown} last);
 *     empty otherwise, where the nested records are permitted implicitly
 * @param imports the fully qualified imports the file needs, sorted
 * @param variants the branches in spec order
 * @param checkOrder the branches in the order a payload is tested against them, most specific first
 */
public record UnionVars(
        ProjectVars project,
        String className,
        List<String> docLines,
        boolean deprecated,
        boolean usesDeprecated,
        boolean hierarchy,
        String permits,
        List<String> imports,
        List<Variant> variants,
        List<Variant> checkOrder) {

    /**
     * One branch.
     *
     * @param recordName the nested record's name
     * @param javaType the Java type of the branch's value
     * @param codec the codec expression of the branch's value
     * @param matchExpression a Java boolean expression over {@code candidate} (a {@code Unions.Candidate}) that
     *     is true when the payload belongs to this branch, decided at generation time
     * @param matchDescription how the branch is recognised, in words, for Javadoc
     */
    public record Variant(String recordName, String javaType, String codec, String matchExpression, String matchDescription) {
    }
}
