package dev.oasis.generator.render.model;

import java.util.List;

/**
 * One parameter of an operation's methods: a parameter of the spec, a field of a form body, or a
 * header of a multipart part. Exactly one of {@code parameter}, {@code part} and {@code partHeader}
 * holds how it is sent.
 *
 * @param name the Java parameter name
 * @param wireName the name on the wire, as a Java string literal
 * @param javaType the Java type
 * @param required whether the caller must give it
 * @param value the expression of its value in the request method: the parameter, or the options object's field
 * @param docLines the description as escaped Javadoc lines
 * @param parameter how a parameter (or a url-encoded form field) is sent, when it is one
 * @param part how a multipart field is sent, when it is one
 * @param partHeader which part a declared part header goes with, when it is one
 */
public record ParameterVars(
        String name,
        String wireName,
        String javaType,
        boolean required,
        String value,
        List<String> docLines,
        List<Wire> parameter,
        List<Part> part,
        List<PartHeader> partHeader) {

    /**
     * How a parameter travels, for {@code ApiRequest.Builder.parameter}.
     *
     * @param location the {@code ApiRequest.Location} constant: {@code PATH}, {@code QUERY}, {@code HEADER},
     *     {@code COOKIE}, or {@code FORM} for a field of a url-encoded body
     * @param style the {@code ApiRequest.Style} constant of its serialization style, such as {@code FORM}
     * @param explode whether arrays and maps explode into repeated parameters
     * @param codecArgument for an object value (written as its JSON fields), its codec followed by
     *     {@code ", "}; empty for scalars, enums and their lists and maps
     */
    public record Wire(String location, String style, boolean explode, String codecArgument) {
    }

    /**
     * How a multipart field is sent, for the {@code MultipartForm} method of its kind.
     *
     * @param builderMethod the {@code MultipartForm} method: {@code file}, {@code text}, {@code json} or {@code jsonEach}
     * @param codecArgument for JSON parts, the codec (of the items, for {@code jsonEach}) followed by {@code ", "}; else empty
     * @param contentTypeLiteral the part's Content-Type from the spec as a Java string literal, or {@code null} for none
     */
    public record Part(String builderMethod, String codecArgument, String contentTypeLiteral) {
    }

    /**
     * Which part a header declared in the spec's {@code encoding} goes with.
     *
     * @param partLiteral the field name of the part, as a Java string literal
     */
    public record PartHeader(String partLiteral) {
    }
}
