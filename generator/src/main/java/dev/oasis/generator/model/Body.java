package dev.oasis.generator.model;

import java.util.Locale;

/**
 * A request or response body.
 *
 * @param mediaType the media type the body is sent or read as, such as {@code application/json}
 * @param type the resolved type
 */
public record Body(String mediaType, TypeRef type) {

    /** How a body travels on the wire, decided by its media type. */
    public enum Encoding {
        /** {@code application/json} or a {@code +json} type: read and written through codecs. */
        JSON,
        /** {@code text/*} and XML types: a string. */
        TEXT,
        /** Anything else, such as {@code application/octet-stream}: raw bytes. */
        BINARY
    }

    /** The encoding its media type implies. */
    public Encoding encoding() {
        if (isJson()) {
            return Encoding.JSON;
        }
        String base = baseType();
        return base.startsWith("text/") || base.equals("application/xml") || base.endsWith("+xml")
                ? Encoding.TEXT : Encoding.BINARY;
    }

    /** True for {@code application/json} and every {@code +json} media type. */
    public boolean isJson() {
        String base = baseType();
        return base.equals("application/json") || base.endsWith("+json");
    }

    private String baseType() {
        return mediaType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    }
}
