package dev.oasis.generator.model;

/**
 * A header the spec's {@code encoding} object declares for the parts of a multipart field; the
 * generated methods take its value as a parameter.
 *
 * @param part the field whose parts carry it
 * @param name the header name
 * @param type the resolved type of its value
 * @param required whether the caller must give it
 * @param description the description, or empty
 * @param origin where the header is declared
 */
public record PartHeader(String part, String name, TypeRef type, boolean required, String description, Origin origin) {
}
