package dev.oasis.generator.render.model;

import java.util.List;

/**
 * The data of {@code model.mustache}: one immutable model class with a builder.
 *
 * @param project project-wide values
 * @param className the simple class name
 * @param docLines the schema description as escaped Javadoc lines
 * @param deprecated whether the schema is deprecated
 * @param usesDeprecated whether the class refers to a deprecated type and so suppresses
 *     deprecation warnings (the spec's choice, not the user's)
 * @param supertypes the interfaces the class implements: {@code Serializable} with {@code serializableModels},
 *     and the sealed interfaces of the discriminated {@code allOf} parents the class
 *     extends, joined with commas; empty for none
 * @param properties the declared properties in spec order
 * @param requiredProperties the properties the spec requires, in spec order
 * @param requiredWhenBuilding the required properties {@code build()} insists on: all but the read-only ones,
 *     which only servers send
 * @param requiredWhenReading the required properties reported missing when reading: all but the write-only
 *     ones, which only clients send
 * @param sharedCodecs the properties whose codec is held in a static constant, in spec order
 * @param extrasDeclared whether the schema allows properties it does not declare
 *     ({@code additionalProperties} true or a schema), so that reading them is no deviation
 * @param extrasForbidden whether the schema forbids properties it does not declare
 *     ({@code additionalProperties: false}), so that reading one contradicts the spec; otherwise an
 *     undeclared property only says more than the spec
 * @param typedExtras whether {@code additionalProperties} is a schema, so that undeclared properties
 *     that fit it are kept typed (the others stay raw and are reported)
 * @param extrasJavaType the Java type of typed undeclared properties; {@code JsonNode} when not typed
 * @param extrasCodec the codec expression of typed undeclared properties; {@code Codecs.ANY} when not typed
 */
public record ModelVars(
        ProjectVars project,
        String className,
        List<String> docLines,
        boolean deprecated,
        boolean usesDeprecated,
        String supertypes,
        List<PropertyVars> properties,
        List<PropertyVars> requiredProperties,
        List<PropertyVars> requiredWhenBuilding,
        List<PropertyVars> requiredWhenReading,
        List<PropertyVars> sharedCodecs,
        boolean extrasDeclared,
        boolean extrasForbidden,
        boolean typedExtras,
        String extrasJavaType,
        String extrasCodec) {
}
