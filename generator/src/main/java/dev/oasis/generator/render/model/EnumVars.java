package dev.oasis.generator.render.model;

import java.util.List;

/**
 * The data of {@code enum.mustache}: an open enum class whose unknown values are kept.
 *
 * @param project project-wide values
 * @param className the simple class name
 * @param docLines the schema description as escaped Javadoc lines
 * @param deprecated whether the schema is deprecated
 * @param valueType the Java type of the values: {@code String}, {@code Integer} or {@code Long}
 * @param valueCodec the codec expression for the raw values, such as {@code Codecs.STRING}
 * @param constants the known values in spec order
 * @param constantList the constant names joined with commas, for {@code List.of(...)}
 */
public record EnumVars(
        ProjectVars project,
        String className,
        List<String> docLines,
        boolean deprecated,
        String valueType,
        String valueCodec,
        List<Constant> constants,
        String constantList) {

    /**
     * One known value.
     *
     * @param name the constant name, such as {@code MICROSOFT_TEAMS}
     * @param literal the value as a Java literal, such as {@code "microsoft_teams"} or {@code 7}
     * @param docLines the value's description as escaped Javadoc lines; the value itself when there is none
     */
    public record Constant(String name, String literal, List<String> docLines) {
    }
}
