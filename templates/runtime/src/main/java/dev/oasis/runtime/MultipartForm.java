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
 * The fields of a {@code multipart/form-data} body (RFC 7578), as an API method gives them to
 * {@link RequestBuilder#part}: text parts, JSON parts and file parts, each with the Content-Type
 * and headers the spec's {@code encoding} gives it. Files and streams are read only while the
 * request is sent. An optional field given as null adds nothing; a list adds one part per item.
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

    /** What one form field adds: its parts, or a header for the parts of another field. */
    public static final class Field {

        private final List<Part> parts;
        private final String headerPart;
        private final String headerName;
        private final String headerValue;

        private Field(List<Part> parts, String headerPart, String headerName, String headerValue) {
            this.parts = List.copyOf(parts);
            this.headerPart = headerPart;
            this.headerName = headerName;
            this.headerValue = headerValue;
        }

        /** @return whether the field adds nothing: an optional field left out */
        boolean isEmpty() {
            return parts.isEmpty() && headerName == null;
        }

        @Override
        public String toString() {
            return headerName != null ? "MultipartForm.Field[header " + headerName + " of " + headerPart + "]"
                    : "MultipartForm.Field[" + parts.size() + " parts]";
        }
    }

    private MultipartForm() {
    }

    /**
     * File parts, one per item of a list: the part's own file name (else the field name) and
     * Content-Type (else the spec's, else {@code application/octet-stream}).
     *
     * @param name the field name
     * @param value a {@link FilePart} or a list of them; null to leave it out
     * @param required whether the spec requires it
     * @param contentType the Content-Type the spec declares for it, or null
     * @return the field
     */
    public static Field file(String name, Object value, boolean required, String contentType) {
        List<Part> parts = new ArrayList<>();
        for (Object item : items(name, value, required)) {
            if (!(item instanceof FilePart file)) {
                throw new IllegalArgumentException("form field '" + name + "' takes FilePart values");
            }
            String type = file.contentType().orElse(contentType == null ? "application/octet-stream" : contentType);
            parts.add(new Part(name, file.fileName().orElse(name), type, file));
        }
        return new Field(parts, null, null, null);
    }

    /**
     * Text parts, one per item of a list: scalars as UTF-8 text.
     *
     * @param name the field name
     * @param value the value; null to leave it out
     * @param required whether the spec requires it
     * @param contentType the parts' Content-Type, or null to send none (plain text)
     * @return the field
     */
    public static Field text(String name, Object value, boolean required, String contentType) {
        List<Part> parts = new ArrayList<>();
        for (Object item : items(name, value, required)) {
            parts.add(new Part(name, null, contentType, ParameterStyles.text(item).getBytes(StandardCharsets.UTF_8)));
        }
        return new Field(parts, null, null, null);
    }

    /**
     * One JSON part.
     *
     * @param name the field name
     * @param codec the value's codec
     * @param value the value; null to leave it out
     * @param required whether the spec requires it
     * @param contentType the part's Content-Type, or null for {@code application/json}
     * @param <T> the value type
     * @return the field
     */
    public static <T> Field json(String name, JsonCodec<T> codec, T value, boolean required, String contentType) {
        if (value == null) {
            return text(name, null, required, contentType);
        }
        return new Field(List.of(jsonPart(name, codec, value, contentType)), null, null, null);
    }

    /**
     * One JSON part per item of a list.
     *
     * @param name the field name
     * @param codec the items' codec
     * @param values the items; null to leave them out
     * @param required whether the spec requires them
     * @param contentType each part's Content-Type, or null for {@code application/json}
     * @param <T> the item type
     * @return the field
     */
    public static <T> Field jsonEach(String name, JsonCodec<T> codec, List<T> values, boolean required, String contentType) {
        List<Part> parts = new ArrayList<>();
        if (!items(name, values, required).isEmpty()) {
            values.stream().filter(Objects::nonNull).forEach(value -> parts.add(jsonPart(name, codec, value, contentType)));
        }
        return new Field(parts, null, null, null);
    }

    /**
     * A header for every part of a field, as the spec's {@code encoding} declares it.
     *
     * @param part the field name
     * @param name the header name
     * @param value the value, written in the {@code simple} style; null to leave it out
     * @param required whether the spec requires it
     * @return the field
     */
    public static Field header(String part, String name, Object value, boolean required) {
        if (items(name, value, required).isEmpty()) {
            return new Field(List.of(), null, null, null);
        }
        if (name.isEmpty() || name.chars().anyMatch(c -> c <= ' ' || c == ':' || c >= 127)) {
            throw new IllegalArgumentException("'" + name + "' is not a valid header name");
        }
        String text = ParameterStyles.header(new ApiRequest.Parameter(ApiRequest.Location.HEADER, name, value, ApiRequest.Style.SIMPLE, false));
        return new Field(List.of(), part, name, ParameterStyles.checkedHeaderValue(name, text));
    }

    /** The body of the fields, or null when they add nothing and the body is optional. */
    static RequestBody encode(String mediaType, boolean required, List<Field> fields) {
        if (!required && fields.stream().allMatch(Field::isEmpty)) {
            return null;
        }
        List<Part> parts = new ArrayList<>();
        Map<String, Map<String, String>> headers = new LinkedHashMap<>();
        for (Field field : fields) {
            parts.addAll(field.parts);
            if (field.headerName != null) {
                headers.computeIfAbsent(field.headerPart, key -> new LinkedHashMap<>()).put(field.headerName, field.headerValue);
            }
        }
        return MultipartEncoder.encode(mediaType, parts, headers);
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

    private static <T> Part jsonPart(String name, JsonCodec<T> codec, T value, String contentType) {
        try {
            return new Part(name, null, contentType == null ? "application/json" : contentType, JsonTrees.bytes(codec, value));
        } catch (IOException e) {
            throw new ApiException("form field '" + name + "' cannot be written as JSON: " + e.getMessage(), 0, null, "", null,
                    List.of(), e);
        }
    }
}
