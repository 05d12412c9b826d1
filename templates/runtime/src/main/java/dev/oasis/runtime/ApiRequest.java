package dev.oasis.runtime;

import dev.oasis.runtime.json.JsonCodec;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One call as an API method describes it: method, path template, parameters, body and the error
 * types the spec declares. The generated {@code ApiClient} turns it into an HTTP request.
 */
public final class ApiRequest {

    /** The Jackson factory that writes request bodies and reads response bodies; thread-safe. */
    static final JsonFactory JSON = new JsonFactory();

    /** Where a parameter travels. */
    public enum Location {
        /** A path segment. */
        PATH,
        /** The query string. */
        QUERY,
        /** A header. */
        HEADER,
        /** A cookie. */
        COOKIE
    }

    /** How a parameter's value is written (OpenAPI {@code style}). */
    public enum Style {
        /** Query and cookie default: {@code name=a,b}, or {@code name=a&name=b} exploded. */
        FORM,
        /** Path and header default: {@code a,b}. */
        SIMPLE,
        /** Path: {@code .a,b}, or {@code .a.b} exploded. */
        LABEL,
        /** Path: {@code ;name=a,b}, or {@code ;name=a;name=b} exploded. */
        MATRIX,
        /** Query arrays: {@code name=a%20b}. */
        SPACE_DELIMITED,
        /** Query arrays: {@code name=a%7Cb}. */
        PIPE_DELIMITED,
        /** Query maps: {@code name[key]=value}. */
        DEEP_OBJECT
    }

    /**
     * A parameter with its value.
     *
     * @param location where it travels
     * @param name the name on the wire
     * @param value the value: a scalar, a collection or a map
     * @param style how the value is written
     * @param explode whether collection and map values repeat the parameter
     */
    public record Parameter(Location location, String name, Object value, Style style, boolean explode) {
    }

    /**
     * A request body as bytes.
     *
     * @param bytes the encoded body
     * @param mediaType the Content-Type
     */
    public record Body(byte[] bytes, String mediaType) {
    }

    private final String method;
    private final String pathTemplate;
    private final String operationId;
    private final List<Parameter> parameters;
    private final Body body;
    private final String accept;
    private final List<List<String>> security;
    private final boolean unstable;
    private final Map<String, JsonCodec<?>> errorTypes;

    private ApiRequest(Builder builder) {
        this.method = builder.method;
        this.pathTemplate = builder.pathTemplate;
        this.operationId = builder.operationId;
        this.parameters = List.copyOf(builder.parameters);
        this.body = builder.body;
        this.accept = builder.accept;
        this.security = builder.security;
        this.unstable = builder.unstable;
        this.errorTypes = Map.copyOf(builder.errorTypes);
    }

    /**
     * Starts a request.
     *
     * @param method the HTTP method
     * @param pathTemplate the path with {@code {name}} placeholders
     * @param operationId the spec's operationId
     * @return a builder
     */
    public static Builder builder(String method, String pathTemplate, String operationId) {
        return new Builder(method, pathTemplate, operationId);
    }

    /** @return the HTTP method */
    public String method() {
        return method;
    }

    /** @return the spec's operationId */
    public String operationId() {
        return operationId;
    }

    /** @return the path template as the spec writes it */
    public String pathTemplate() {
        return pathTemplate;
    }

    /** @return the parameters with values, in the order the method gave them */
    public List<Parameter> parameters() {
        return parameters;
    }

    /** @return the body, or null */
    public Body body() {
        return body;
    }

    /** @return the Accept header value */
    public String accept() {
        return accept;
    }

    /** @return the security alternatives, each a list of scheme names used together */
    public List<List<String>> security() {
        return security;
    }

    /** @return whether the operation is marked unstable in the spec */
    public boolean unstable() {
        return unstable;
    }

    /**
     * The codec of the error body declared for a status: the exact code, then its range ({@code 4XX}),
     * then {@code default}.
     *
     * @param status the HTTP status
     * @return the codec, or null when the spec declares no error body for the status
     */
    public JsonCodec<?> errorType(int status) {
        JsonCodec<?> exact = errorTypes.get(Integer.toString(status));
        if (exact != null) {
            return exact;
        }
        JsonCodec<?> range = errorTypes.get((status / 100) + "XX");
        return range != null ? range : errorTypes.get("default");
    }

    /**
     * The path with every parameter percent-encoded into its own segment: no value can add a
     * segment, a query or a fragment.
     *
     * @return the expanded path
     */
    public String expandedPath() {
        String path = pathTemplate;
        for (Parameter parameter : parameters) {
            if (parameter.location() == Location.PATH) {
                path = path.replace("{" + parameter.name() + "}", ParameterStyles.path(parameter));
            }
        }
        return path;
    }

    /**
     * The query string without the leading {@code ?}, empty when there are no query parameters.
     *
     * @return the encoded query
     */
    public String query() {
        List<String> pairs = new ArrayList<>();
        for (Parameter parameter : parameters) {
            if (parameter.location() == Location.QUERY) {
                pairs.addAll(ParameterStyles.queryPairs(parameter));
            }
        }
        return String.join("&", pairs);
    }

    /**
     * The header values, by header name, in the order the parameters were given.
     *
     * @return the unencoded header values; lists and maps written in the {@code simple} style
     */
    public Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Parameter parameter : parameters) {
            if (parameter.location() == Location.HEADER) {
                headers.put(parameter.name(), ParameterStyles.header(parameter));
            }
        }
        return headers;
    }

    /**
     * The cookie pairs ({@code name=value}), values percent-encoded.
     *
     * @return the pairs, in the order the parameters were given
     */
    public List<String> cookies() {
        List<String> cookies = new ArrayList<>();
        for (Parameter parameter : parameters) {
            if (parameter.location() == Location.COOKIE) {
                cookies.add(ParameterStyles.cookie(parameter));
            }
        }
        return cookies;
    }

    /** Builds an {@link ApiRequest}. */
    public static final class Builder {

        private final String method;
        private final String pathTemplate;
        private final String operationId;
        private final List<Parameter> parameters = new ArrayList<>();
        private final Map<String, JsonCodec<?>> errorTypes = new LinkedHashMap<>();
        private Body body;
        private String accept = "application/json";
        private List<List<String>> security = List.of();
        private boolean unstable;

        private Builder(String method, String pathTemplate, String operationId) {
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
        public Builder parameter(Location location, String name, Object value, boolean required, Style style,
                boolean explode) {
            if (required) {
                Objects.requireNonNull(value, () -> "parameter '" + name + "' of " + operationId + " is required");
            }
            if (value != null) {
                parameters.add(new Parameter(location, name, value, style, explode));
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
        public <T> Builder body(JsonCodec<T> codec, T value, String mediaType) {
            if (value == null) {
                this.body = null;
                return this;
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (JsonGenerator out = JSON.createGenerator(bytes)) {
                codec.write(out, value);
            } catch (IOException e) {
                throw new ApiException(operationId + " cannot write its request body: " + e.getMessage(), 0, null, "",
                        null, List.of(), e);
            }
            this.body = new Body(bytes.toByteArray(), mediaType);
            return this;
        }

        /**
         * Sets a text body, sent as UTF-8.
         *
         * @param value the text, or null for none
         * @param mediaType the Content-Type
         * @return this builder
         */
        public Builder body(String value, String mediaType) {
            this.body = value == null ? null : new Body(value.getBytes(StandardCharsets.UTF_8), mediaType);
            return this;
        }

        /**
         * Sets a binary body.
         *
         * @param value the bytes, or null for none
         * @param mediaType the Content-Type
         * @return this builder
         */
        public Builder body(byte[] value, String mediaType) {
            this.body = value == null ? null : new Body(value.clone(), mediaType);
            return this;
        }

        /**
         * Sets the Accept header.
         *
         * @param mediaType the media type
         * @return this builder
         */
        public Builder accept(String mediaType) {
            this.accept = mediaType;
            return this;
        }

        /**
         * Sets the security alternatives.
         *
         * @param alternatives lists of scheme names used together
         * @return this builder
         */
        public Builder security(List<List<String>> alternatives) {
            this.security = List.copyOf(alternatives);
            return this;
        }

        /**
         * Marks the operation unstable.
         *
         * @param value whether the spec marks it {@code x-unstable}
         * @return this builder
         */
        public Builder unstable(boolean value) {
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
        public Builder error(String status, JsonCodec<?> codec) {
            errorTypes.put(status, codec);
            return this;
        }

        /** @return the request */
        public ApiRequest build() {
            return new ApiRequest(this);
        }
    }
}
