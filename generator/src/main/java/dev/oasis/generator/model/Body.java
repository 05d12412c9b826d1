package dev.oasis.generator.model;

/**
 * A request or response body.
 *
 * @param mediaType the media type the body is sent or read as, such as {@code application/json}
 * @param type the resolved type
 */
public record Body(String mediaType, TypeRef type) {

    /** True for {@code application/json} and every {@code +json} media type. */
    public boolean isJson() {
        String base = mediaType.split(";", 2)[0].trim();
        return base.equals("application/json") || base.endsWith("+json");
    }
}
