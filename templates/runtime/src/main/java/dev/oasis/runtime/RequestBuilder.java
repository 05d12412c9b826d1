package dev.oasis.runtime;

import dev.oasis.runtime.json.JsonCodec;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Builds an {@link ApiRequest}: what an API method knows about one call. A body is set whole
 * ({@code body}), or field by field as a form ({@code form} and {@link ApiRequest.Location#FORM}
 * parameters) or as a multipart form ({@code multipart} and {@link MultipartForm} fields).
 */
public final class RequestBuilder {

    final String method;
    final String pathTemplate;
    final String operationId;
    final List<ApiRequest.Parameter> parameters;
    final Map<String, JsonCodec<?>> errorTypes;
    String accept = "application/json";
    List<List<String>> security = List.of();
    boolean unstable;
    RequestOptions options = RequestOptions.none();
    URI link;
    RequestBody body;
    private String formMediaType;
    private boolean formRequired;
    private String multipartMediaType;
    private boolean multipartRequired;
    private final List<MultipartForm.Field> parts = new ArrayList<>();

    RequestBuilder(String method, String pathTemplate, String operationId) {
        this.method = method;
        this.pathTemplate = pathTemplate;
        this.operationId = operationId;
        this.parameters = new ArrayList<>();
        this.errorTypes = new LinkedHashMap<>();
    }

    RequestBuilder(ApiRequest request) {
        this(request.method(), request.pathTemplate(), request.operationId());
        parameters.addAll(request.parameters());
        request.errorTypes().forEach(errorTypes::put);
        this.accept = request.accept();
        this.security = request.security();
        this.unstable = request.unstable();
        this.options = request.options();
        this.link = request.link();
        this.body = request.body();
        if (body != null && parameters.stream().anyMatch(p -> p.location() == ApiRequest.Location.FORM)) {
            this.formMediaType = body.contentType();
        }
    }

    /**
     * Adds a parameter. Required parameters must not be null; optional ones are left out when null.
     *
     * @param location where it travels
     * @param name the name on the wire
     * @param value the value: a scalar, a collection or a map
     * @param required whether the spec requires it
     * @param style how the value is written
     * @param explode whether collection and map values repeat the parameter
     * @return this builder
     */
    public RequestBuilder parameter(ApiRequest.Location location, String name, Object value, boolean required, ApiRequest.Style style,
            boolean explode) {
        if (present(name, value, required)) {
            parameters.add(new ApiRequest.Parameter(location, name, value, style, explode));
        }
        return this;
    }

    /**
     * Adds a parameter whose value is an object (a model, a union): written as the map of its JSON
     * fields, nested values as JSON text, as OpenAPI's styles write objects.
     *
     * @param location where it travels
     * @param name the name on the wire
     * @param codec the value's codec
     * @param value the value
     * @param required whether the spec requires it
     * @param style how the value is written
     * @param explode whether the fields repeat the parameter
     * @param <T> the value type
     * @return this builder
     */
    public <T> RequestBuilder parameter(ApiRequest.Location location, String name, JsonCodec<T> codec, T value, boolean required,
            ApiRequest.Style style, boolean explode) {
        return parameter(location, name, value == null ? null : JsonTrees.fields(json(codec, value, name)), required, style, explode);
    }

    /**
     * Sets a JSON body.
     *
     * @param codec the body's codec
     * @param value the body, or null for none
     * @param mediaType the Content-Type
     * @param <T> the body type
     * @return this builder
     * @throws ApiException when the codec cannot write the value
     */
    public <T> RequestBuilder body(JsonCodec<T> codec, T value, String mediaType) {
        this.body = value == null ? null : RequestBody.of(json(codec, value, "request body"), mediaType);
        return this;
    }

    /**
     * Sets a text body, sent as UTF-8.
     *
     * @param value the text, or null for none
     * @param mediaType the Content-Type
     * @return this builder
     */
    public RequestBuilder body(String value, String mediaType) {
        this.body = value == null ? null : RequestBody.of(value.getBytes(StandardCharsets.UTF_8), mediaType);
        return this;
    }

    /**
     * Sets a binary body, streamed from a file or a stream. The spec's media type is sent, unless
     * the content names its own and the spec's is a range such as {@code *}{@code /*} or
     * {@code image/*}, or a multipart type (whose boundary only the caller knows).
     *
     * @param value the content, or null for none
     * @param mediaType the media type the spec declares
     * @return this builder
     */
    public RequestBuilder body(FilePart value, String mediaType) {
        boolean callerDecides = mediaType.contains("*") || mediaType.toLowerCase(Locale.ROOT).startsWith("multipart/");
        this.body = value == null ? null : RequestBody.of(value, callerDecides
                ? value.contentType().orElse(mediaType.contains("*") ? "application/octet-stream" : mediaType) : mediaType);
        return this;
    }

    /**
     * Sends the {@link ApiRequest.Location#FORM FORM} parameters as an {@code application/x-www-form-urlencoded} body.
     *
     * @param mediaType the Content-Type
     * @param required whether the body is sent even when no field is set
     * @return this builder
     */
    public RequestBuilder form(String mediaType, boolean required) {
        this.formMediaType = mediaType;
        this.formRequired = required;
        return this;
    }

    /**
     * Sends the fields added with {@link #part} as a {@code multipart/form-data} body.
     *
     * @param mediaType the media type; the boundary is added to it
     * @param required whether the body is sent even when no field is set
     * @return this builder
     */
    public RequestBuilder multipart(String mediaType, boolean required) {
        this.multipartMediaType = Objects.requireNonNull(mediaType, "mediaType");
        this.multipartRequired = required;
        return this;
    }

    /**
     * Adds a field of a multipart body.
     *
     * @param field the field's parts, made by {@link MultipartForm}
     * @return this builder
     */
    public RequestBuilder part(MultipartForm.Field field) {
        parts.add(Objects.requireNonNull(field, "field"));
        return this;
    }

    /**
     * Sets the Accept header.
     *
     * @param mediaType the media type
     * @return this builder
     */
    public RequestBuilder accept(String mediaType) {
        this.accept = mediaType;
        return this;
    }

    /**
     * Sets the security alternatives.
     *
     * @param alternatives lists of scheme names used together
     * @return this builder
     */
    public RequestBuilder security(List<List<String>> alternatives) {
        this.security = List.copyOf(alternatives);
        return this;
    }

    /**
     * Marks the operation unstable.
     *
     * @param value whether the spec marks it {@code x-unstable}
     * @return this builder
     */
    public RequestBuilder unstable(boolean value) {
        this.unstable = value;
        return this;
    }

    /**
     * Declares the error body type of a status.
     *
     * @param status a code, a range such as {@code 4XX}, or {@code default}
     * @param codec the error body's codec
     * @return this builder
     */
    public RequestBuilder error(String status, JsonCodec<?> codec) {
        errorTypes.put(status, codec);
        return this;
    }

    /** @return the request */
    public ApiRequest build() {
        RequestBody built = multipartMediaType != null ? MultipartForm.encode(multipartMediaType, multipartRequired, parts) : body;
        List<String> fields = ApiRequest.pairs(parameters, ApiRequest.Location.FORM);
        if (formMediaType != null && (!fields.isEmpty() || formRequired)) {
            built = RequestBody.of(String.join("&", fields).getBytes(StandardCharsets.US_ASCII), formMediaType);
        }
        return new ApiRequest(this, built);
    }

    private boolean present(String name, Object value, boolean required) {
        if (required) {
            Objects.requireNonNull(value, () -> "parameter '" + name + "' of " + operationId + " is required");
        }
        return value != null;
    }

    private <T> byte[] json(JsonCodec<T> codec, T value, String what) {
        try {
            return JsonTrees.bytes(codec, value);
        } catch (IOException e) {
            throw new ApiException(operationId + " cannot write its " + what + ": " + e.getMessage(), 0, null, "",
                    null, List.of(), e);
        }
    }
}
