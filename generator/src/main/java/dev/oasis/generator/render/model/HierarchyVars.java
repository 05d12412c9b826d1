package dev.oasis.generator.render.model;

import java.util.List;

/**
 * The data of {@code hierarchy.mustache}: a discriminated {@code allOf} parent as a sealed
 * interface that its subtypes' model classes implement, with an {@code Unknown} record for
 * payloads no subtype matches.
 *
 * @param project project-wide values
 * @param className the simple interface name
 * @param docLines the schema description as escaped Javadoc lines
 * @param deprecated whether the schema is deprecated
 * @param usesDeprecated whether a subtype is deprecated, so that the file suppresses deprecation warnings
 * @param permits the permitted subtypes joined with commas, {@code Unknown} last
 * @param subtypes the subtypes in the order a payload is tested against them
 */
public record HierarchyVars(
        ProjectVars project,
        String className,
        List<String> docLines,
        boolean deprecated,
        boolean usesDeprecated,
        String permits,
        List<Subtype> subtypes) {

    /**
     * One subtype.
     *
     * @param javaType the subtype's class
     * @param codec the codec expression of the subtype
     * @param match how a payload is recognised as this subtype
     */
    public record Subtype(String javaType, String codec, MatchVars match) {
    }
}
