package dev.oasis.runtime;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One attempt of a call as it is about to be sent, for {@link RequestInterceptor}s: method, URI,
 * headers (credentials included) and the body when it is held in memory. Headers can be set,
 * added and removed; everything else is fixed. Its {@code toString} shows header names only and
 * the URI without its query, which may carry a credential.
 */
public final class OutgoingRequest {

    private final String operationId;
    private final String method;
    private final URI uri;
    private final int attempt;
    private final RequestBody body;
    private final Map<String, List<String>> headers = new LinkedHashMap<>();

    OutgoingRequest(String operationId, String method, URI uri, int attempt, RequestBody body) {
        this.operationId = operationId;
        this.method = method;
        this.uri = uri;
        this.attempt = attempt;
        this.body = body;
    }

    /** @return the spec's operationId */
    public String operationId() {
        return operationId;
    }

    /** @return the HTTP method */
    public String method() {
        return method;
    }

    /** @return the full URI, query included */
    public URI uri() {
        return uri;
    }

    /** @return the attempt, from 1; a retry or a resend after a refused token counts up */
    public int attempt() {
        return attempt;
    }

    /** @return the headers by name, in the order they were set; unmodifiable */
    public Map<String, List<String>> headers() {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        return Collections.unmodifiableMap(copy);
    }

    /**
     * The first value of a header.
     *
     * @param name the header name, in any case
     * @return the value, if the header is set
     */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(key(name))).map(values -> values.get(0));
    }

    /** @return the body's bytes when all of it is held in memory; empty without a body or for a streamed one */
    public Optional<byte[]> body() {
        return body == null ? Optional.empty() : body.bytes();
    }

    /**
     * Sets a header, replacing its values.
     *
     * @param name the header name
     * @param value the value, without line breaks
     * @return this request
     */
    public OutgoingRequest setHeader(String name, String value) {
        removeHeader(name);
        return addHeader(name, value);
    }

    /**
     * Adds a value to a header.
     *
     * @param name the header name
     * @param value the value, without line breaks
     * @return this request
     */
    public OutgoingRequest addHeader(String name, String value) {
        ParameterStyles.checkedHeaderValue(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        headers.computeIfAbsent(key(name), k -> new ArrayList<>()).add(value);
        return this;
    }

    /**
     * Removes a header.
     *
     * @param name the header name, in any case
     * @return this request
     */
    public OutgoingRequest removeHeader(String name) {
        headers.remove(key(name));
        return this;
    }

    /** The name a header is kept under: the first spelling it was set with. */
    private String key(String name) {
        return headers.keySet().stream().filter(existing -> existing.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                .findFirst().orElse(name);
    }

    /** The request to send, with the body publisher of this attempt; the call sets its timeout. */
    HttpRequest toHttpRequest(HttpRequest.BodyPublisher publisher) {
        HttpRequest.Builder http = HttpRequest.newBuilder(uri).method(method, publisher);
        headers.forEach((name, values) -> values.forEach(value -> http.header(name, value)));
        return http.build();
    }

    @Override
    public String toString() {
        String where = uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + uri.getRawPath();
        return "OutgoingRequest[" + operationId + " " + method + " " + where + ", attempt " + attempt + ", headers="
                + headers.keySet() + "]";
    }
}
