package dev.oasis.runtime;

import dev.oasis.runtime.json.JsonCodec;
import com.fasterxml.jackson.core.JsonFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    ApiRequest(RequestBuilder builder) {
        this.method = builder.method();
        this.pathTemplate = builder.pathTemplate();
        this.operationId = builder.operationId();
        this.parameters = List.copyOf(builder.parameters());
        this.body = builder.body();
        this.accept = builder.accept();
        this.security = builder.security();
        this.unstable = builder.unstable();
        this.errorTypes = Map.copyOf(builder.errorTypes());
    }

    /**
     * Starts a request.
     *
     * @param method the HTTP method
     * @param pathTemplate the path with {@code {name}} placeholders
     * @param operationId the spec's operationId
     * @return a builder
     */
    public static RequestBuilder builder(String method, String pathTemplate, String operationId) {
        return new RequestBuilder(method, pathTemplate, operationId);
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
}
