package dev.oasis.generator.model;

import java.util.List;
import java.util.Locale;

/**
 * A request or response body.
 *
 * @param mediaType the media type the body is sent or read as, such as {@code application/json}
 * @param type the resolved type: of the whole body; for an event stream, of each event's data; for a
 *     form body, its object type when the schema is a named one, else any
 * @param encoding how the body travels, decided by its media type and schema
 * @param fields the fields of a form body ({@link Encoding#MULTIPART}, {@link Encoding#FORM}) in
 *     schema order; empty for other bodies
 */
public record Body(String mediaType, TypeRef type, Encoding encoding, List<FormField> fields) {

    /** How a body travels on the wire. */
    public enum Encoding {
        /** {@code application/json} or a {@code +json} type: read and written through codecs. */
        JSON,
        /** {@code text/*} and XML types: a string. */
        TEXT,
        /** Anything else, such as {@code application/octet-stream}: raw bytes, streamed when sent. */
        BINARY,
        /** {@code multipart/form-data} with an object schema: one part per property. */
        MULTIPART,
        /** {@code application/x-www-form-urlencoded} with an object schema: one field per property. */
        FORM,
        /** {@code text/event-stream} responses: server-sent events, read as they arrive. */
        EVENT_STREAM;

        /** The encoding a media type implies, for a body whose schema fits it. */
        public static Encoding of(String mediaType) {
            String base = baseType(mediaType);
            if (isJson(mediaType)) {
                return JSON;
            }
            return switch (base) {
                case "multipart/form-data" -> MULTIPART;
                case "application/x-www-form-urlencoded" -> FORM;
                case "text/event-stream" -> EVENT_STREAM;
                default -> base.startsWith("text/") || base.equals("application/xml") || base.endsWith("+xml") ? TEXT : BINARY;
            };
        }
    }

    public Body {
        fields = List.copyOf(fields);
    }

    /** A body without form fields, its encoding the one its media type implies. */
    public Body(String mediaType, TypeRef type) {
        this(mediaType, type, Encoding.of(mediaType), List.of());
    }

    /** True for {@code application/json} and every {@code +json} media type. */
    public boolean isJson() {
        return isJson(mediaType);
    }

    /** True for {@code application/json} and every {@code +json} media type. */
    public static boolean isJson(String mediaType) {
        String base = baseType(mediaType);
        return base.equals("application/json") || base.endsWith("+json");
    }

    private static String baseType(String mediaType) {
        return mediaType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    }
}
