package dev.oasis.generator.model;

import dev.oasis.runtime.ApiRequest.Style;
import java.util.List;

/**
 * A property of a form body's schema, sent as a part of a {@code multipart/form-data} body or a
 * field of an {@code application/x-www-form-urlencoded} one; the generated methods take it as a
 * parameter.
 *
 * @param name the field name on the wire
 * @param type the resolved type
 * @param required whether the caller must give it: the body is required and the schema requires it
 * @param description the description, or empty
 * @param kind how its value travels
 * @param contentType the part's Content-Type from the spec's {@code encoding} (or the schema's
 *     {@code contentMediaType} or {@code x-mimetype}), empty for none; for files, the default when
 *     the caller's content names none
 * @param style for form fields, the serialization style ({@code encoding.style}, {@code form} by default)
 * @param explode for form fields, whether arrays and objects repeat the field
 * @param headers the part headers the spec's {@code encoding} declares, each a parameter of its own
 * @param deprecated whether the property is deprecated
 * @param origin where the property is defined
 */
public record FormField(
        String name,
        TypeRef type,
        boolean required,
        String description,
        Kind kind,
        String contentType,
        Style style,
        boolean explode,
        List<PartHeader> headers,
        boolean deprecated,
        Origin origin) {

    /** How a form field's value travels. */
    public enum Kind {
        /** A file part (or one per item of a list): {@code format: binary}. */
        FILE,
        /** A text part (or one per item of a list): scalars and enums. */
        TEXT,
        /** One JSON part: objects, maps, unions, free-form values, or a list whose encoding says JSON. */
        JSON,
        /** One JSON part per item of a list of objects. */
        JSON_EACH,
        /** A field of an {@code application/x-www-form-urlencoded} body, written by its style. */
        FIELD
    }

    public FormField {
        headers = List.copyOf(headers);
    }
}
