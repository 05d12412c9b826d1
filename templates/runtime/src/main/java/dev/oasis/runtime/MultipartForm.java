package dev.oasis.runtime;

import dev.oasis.runtime.json.JsonCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@code multipart/form-data} body (RFC 7578) as an API method adds its fields: text parts,
 * JSON parts and file parts, each with the Content-Type and headers the spec's {@code encoding}
 * gives it. Files and streams are read only while the request is sent. Optional fields given as
 * null are left out; a list gives one part per item.
 */
public final class MultipartForm {

    /**
     * One part.
     *
     * @param name the form field name
     * @param fileName the file name, or null for a part that is not a file
     * @param contentType the part's Content-Type, or null for none (plain text)
     * @param content the content: {@code byte[]} or a {@link FilePart}
     */
    record Part(String name, String fileName, String contentType, Object content) {
    }

    private final String mediaType;
    private final boolean required;
    private final List<Part> parts = new ArrayList<>();
    private final Map<String, Map<String, String>> headers = new LinkedHashMap<>();

    private MultipartForm(String mediaType, boolean required) {
        this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
        this.required = required;
    }

    /**
     * Starts a form.
     *
     * @param mediaType the media type the spec declares; the boundary is added to it
     * @param required whether the body is sent even when no field is set
     * @return the form
     */
    public static MultipartForm of(String mediaType, boolean required) {
        return new MultipartForm(mediaType, required);
    }

    /**
     * Adds a file part, or one per item of a list: the part's own file name (else the field name)
     * and Content-Type (else the spec's, else {@code application/octet-stream}).
     *
     * @param name the field name
     * @param value a {@link FilePart} or a list of them; null to leave it out
     * @param required whether the spec requires it
     * @param contentType the Content-Type the spec declares for it, or null
     * @return this form
     */
    public MultipartForm file(String name, Object value, boolean required, String contentType) {
        for (Object item : items(name, value, required)) {
            if (!(item instanceof FilePart file)) {
                throw new IllegalArgumentException("form field '" + name + "' takes FilePart values");
            }
            String type = file.contentType().orElse(contentType == null ? "application/octet-stream" : contentType);
            parts.add(new Part(name, file.fileName().orElse(name), type, file));
        }
        return this;
    }

    /**
     * Adds a text part, or one per item of a list: scalars as UTF-8 text.
     *
     * @param name the field name
     * @param value the value; null to leave it out
     * @param required whether the spec requires it
     * @param contentType the part's Content-Type, or null to send none (plain text)
     * @return this form
     */
    public MultipartForm text(String name, Object value, boolean required, String contentType) {
        for (Object item : items(name, value, required)) {
            parts.add(new Part(name, null, contentType, ParameterStyles.text(item).getBytes(StandardCharsets.UTF_8)));
        }
        return this;
    }

    /**
     * Adds a JSON part.
     *
     * @param name the field name
     * @param codec the value's codec
     * @param value the value; null to leave it out
     * @param required whether the spec requires it
     * @param contentType the part's Content-Type, or null for {@code application/json}
     * @param <T> the value type
     * @return this form
     */
    public <T> MultipartForm json(String name, JsonCodec<T> codec, T value, boolean required, String contentType) {
        if (!items(name, value, required).isEmpty()) {
            parts.add(new Part(name, null, contentType == null ? "application/json" : contentType, json(name, codec, value)));
        }
        return this;
    }

    /**
     * Adds one JSON part per item of a list.
     *
     * @param name the field name
     * @param codec the items' codec
     * @param values the items; null to leave them out
     * @param required whether the spec requires them
     * @param contentType each part's Content-Type, or null for {@code application/json}
     * @param <T> the item type
     * @return this form
     */
    public <T> MultipartForm jsonEach(String name, JsonCodec<T> codec, List<T> values, boolean required, String contentType) {
        if (!items(name, values, required).isEmpty()) {
            values.stream().filter(Objects::nonNull).forEach(value -> json(name, codec, value, false, contentType));
        }
        return this;
    }

    /**
     * Adds a header to every part of a field, as the spec's {@code encoding} declares.
     *
     * @param part the field name
     * @param name the header name
     * @param value the value, written in the {@code simple} style; null to leave it out
     * @param required whether the spec requires it
     * @return this form
     */
    public MultipartForm header(String part, String name, Object value, boolean required) {
        if (items(name, value, required).isEmpty()) {
            return this;
        }
        if (name.isEmpty() || name.chars().anyMatch(c -> c <= ' ' || c == ':' || c >= 127)) {
            throw new IllegalArgumentException("'" + name + "' is not a valid header name");
        }
        String text = ParameterStyles.header(new ApiRequest.Parameter(ApiRequest.Location.HEADER, name, value, ApiRequest.Style.SIMPLE, false));
        headers.computeIfAbsent(part, key -> new LinkedHashMap<>()).put(name, ParameterStyles.checkedHeaderValue(name, text));
        return this;
    }

    /** @return the body, or null when no field is set and the body is optional */
    RequestBody encode() {
        return parts.isEmpty() && !required ? null : MultipartEncoder.encode(mediaType, parts, headers);
    }

    /** The values a field adds: none for null (refused when required), the items of a collection, or the value. */
    private static List<?> items(String name, Object value, boolean required) {
        if (value == null) {
            if (required) {
                throw new NullPointerException("form field '" + name + "' is required");
            }
            return List.of();
        }
        return value instanceof Collection<?> collection ? collection.stream().filter(Objects::nonNull).toList() : List.of(value);
    }

    private static <T> byte[] json(String name, JsonCodec<T> codec, T value) {
        try {
            return JsonTrees.bytes(codec, value);
        } catch (IOException e) {
            throw new ApiException("form field '" + name + "' cannot be written as JSON: " + e.getMessage(), 0, null, "", null,
                    List.of(), e);
        }
    }
}
