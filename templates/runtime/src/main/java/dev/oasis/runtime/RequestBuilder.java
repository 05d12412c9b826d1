package dev.oasis.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.oasis.runtime.json.JsonCodec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Builds an {@link ApiRequest}: what an API method knows about one call. */
public final class RequestBuilder {

    private final String method;
    private final String pathTemplate;
    private final String operationId;
    private final List<ApiRequest.Parameter> parameters = new ArrayList<>();
    private final Map<String, JsonCodec<?>> errorTypes = new LinkedHashMap<>();
    private ApiRequest.Body body;
    private String accept = "application/json";
    private List<List<String>> security = List.of();
    private boolean unstable;

    RequestBuilder(String method, String pathTemplate, String operationId) {
        this.method = method;
        this.pathTemplate = pathTemplate;
        this.operationId = operationId;
    }

    /**
     * Adds a parameter. Required parameters must not be null; optional ones are left out when null.
     *
     * @param location where it travels
     * @param name the name on the wire
     * @param value the value
     * @param required whether the spec requires it
     * @param style how the value is written
     * @param explode whether collection and map values repeat the parameter
     * @return this builder
     */
    public RequestBuilder parameter(ApiRequest.Location location, String name, Object value, boolean required, ApiRequest.Style style,
            boolean explode) {
        if (required) {
            Objects.requireNonNull(value, () -> "parameter '" + name + "' of " + operationId + " is required");
        }
        if (value != null) {
            parameters.add(new ApiRequest.Parameter(location, name, value, style, explode));
        }
        return this;
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
        if (value == null) {
            this.body = null;
            return this;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator out = ApiRequest.JSON.createGenerator(bytes)) {
            codec.write(out, value);
        } catch (IOException e) {
            throw new ApiException(operationId + " cannot write its request body: " + e.getMessage(), 0, null, "",
                    null, List.of(), e);
        }
        this.body = new ApiRequest.Body(bytes.toByteArray(), mediaType);
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
        this.body = value == null ? null : new ApiRequest.Body(value.getBytes(StandardCharsets.UTF_8), mediaType);
        return this;
    }

    /**
     * Sets a binary body.
     *
     * @param value the bytes, or null for none
     * @param mediaType the Content-Type
     * @return this builder
     */
    public RequestBuilder body(byte[] value, String mediaType) {
        this.body = value == null ? null : new ApiRequest.Body(value.clone(), mediaType);
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
        return new ApiRequest(this);
    }

    String method() {
        return method;
    }

    String pathTemplate() {
        return pathTemplate;
    }

    String operationId() {
        return operationId;
    }

    List<ApiRequest.Parameter> parameters() {
        return parameters;
    }

    ApiRequest.Body body() {
        return body;
    }

    String accept() {
        return accept;
    }

    List<List<String>> security() {
        return security;
    }

    boolean unstable() {
        return unstable;
    }

    Map<String, JsonCodec<?>> errorTypes() {
        return errorTypes;
    }
}
