package dev.oasis.generator.render.model;

import java.util.List;

/**
 * One operation parameter.
 *
 * @param name the Java parameter name
 * @param wireName the name on the wire, as a Java string literal
 * @param javaType the Java type
 * @param location where it travels: {@code PATH}, {@code QUERY}, {@code HEADER} or {@code COOKIE}
 * @param required whether the caller must give it
 * @param style the {@code ApiRequest.Style} constant of its serialization style, such as {@code FORM}
 * @param explode whether arrays and maps explode into repeated parameters
 * @param docLines the description as escaped Javadoc lines
 */
public record ParameterVars(
        String name,
        String wireName,
        String javaType,
        String location,
        boolean required,
        String style,
        boolean explode,
        List<String> docLines) {
}
