package dev.oasis.generator.model;

/**
 * A property of an object schema.
 *
 * @param jsonName the property name as it appears in JSON
 * @param type the resolved type
 * @param required whether the property is in the schema's {@code required} list
 * @param nullable whether JSON null is an allowed value ({@code nullable: true})
 * @param readOnly whether the property is {@code readOnly}: sent by servers, so a client building a value need not set it
 * @param writeOnly whether the property is {@code writeOnly}: sent by clients, so a response need not carry it
 * @param deprecated whether the property is {@code deprecated}
 * @param description the description, or empty
 * @param defaultValue the schema's {@code default} as spec text (scalars only), or empty when it has none
 * @param origin where the property is defined
 * @param constraints the schema's validation keywords
 */
public record Property(
        String jsonName,
        TypeRef type,
        boolean required,
        boolean nullable,
        boolean readOnly,
        boolean writeOnly,
        boolean deprecated,
        String description,
        String defaultValue,
        Origin origin,
        Constraints constraints) {

    /** The same property, required. */
    public Property asRequired() {
        return new Property(jsonName, type, true, nullable, readOnly, writeOnly, deprecated, description, defaultValue, origin,
                constraints);
    }
}
