package dev.oasis.runtime;

import dev.oasis.runtime.json.JsonCodec;
import com.fasterxml.jackson.core.JsonFactory;
import java.net.URI;
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
        COOKIE,
        /** A field of an {@code application/x-www-form-urlencoded} body, written like a query parameter. */
        FORM
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

    private final String method;
    private final String pathTemplate;
    private final String operationId;
    private final List<Parameter> parameters;
    private final RequestBody body;
    private final String accept;
    private final List<List<String>> security;
    private final boolean unstable;
    private final Map<String, JsonCodec<?>> errorTypes;
    private final RequestOptions options;
    private final URI link;

    ApiRequest(RequestBuilder builder, RequestBody body) {
        this.method = builder.method;
        this.pathTemplate = builder.pathTemplate;
        this.operationId = builder.operationId;
        this.parameters = List.copyOf(builder.parameters);
        this.body = body;
        this.accept = builder.accept;
        this.security = builder.security;
        this.unstable = builder.unstable;
        this.errorTypes = Map.copyOf(builder.errorTypes);
        this.options = builder.options;
        this.link = builder.link;
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
    public RequestBody body() {
        return body;
    }

    /** @return the per-request options: headers, timeout, idempotency key, retry policy */
    public RequestOptions options() {
        return options;
    }

    /** @return the absolute URL of a next page a server linked to, which replaces path and query; null for none */
    public URI link() {
        return link;
    }

    /** @return a builder holding everything this request holds, to make a changed copy such as the next page's */
    public RequestBuilder toBuilder() {
        return new RequestBuilder(this);
    }

    /**
     * This request with more options; those given win where both set something.
     *
     * @param more the options to add
     * @return the request
     */
    public ApiRequest withOptions(RequestOptions more) {
        RequestBuilder builder = toBuilder();
        builder.options = options.with(more);
        return builder.build();
    }

    /**
     * @param location where the parameter travels
     * @param name its name on the wire
     * @return its value, or null when the request does not send it
     */
    public Object parameter(Location location, String name) {
        return parameters.stream().filter(p -> p.location() == location && p.name().equals(name))
                .map(Parameter::value).findFirst().orElse(null);
    }

    /** @return the Accept header value */
    public String accept() {
        return accept;
    }

    /** @return the error body codecs by status, code, range or {@code default} */
    Map<String, JsonCodec<?>> errorTypes() {
        return errorTypes;
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
        return String.join("&", pairs(parameters, Location.QUERY));
    }

    /** The encoded {@code name=value} pairs of the parameters of a location, for the query and for form bodies. */
    static List<String> pairs(List<Parameter> parameters, Location location) {
        return parameters.stream().filter(p -> p.location() == location).flatMap(p -> ParameterStyles.queryPairs(p).stream()).toList();
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
        return parameters.stream().filter(p -> p.location() == Location.COOKIE).map(ParameterStyles::cookie).toList();
    }
}
