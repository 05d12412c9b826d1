package dev.oasis.runtime;

import java.io.FileNotFoundException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one attempt of a call into the HTTP request to send: URL, standard headers, parameters,
 * per-request options, credentials and body, then the request interceptors.
 */
final class RequestPreparer {

    /**
     * One attempt, ready to send.
     *
     * @param outgoing the request as interceptors saw it
     * @param http the request to send
     * @param suppliedToken whether a token supplier gave a credential, so that a 401 may be answered by refreshing it
     */
    record Prepared(OutgoingRequest outgoing, HttpRequest http, boolean suppliedToken) {
    }

    private final RequestExecutor.Settings settings;
    private final Failures failures;

    RequestPreparer(RequestExecutor.Settings settings, Failures failures) {
        this.settings = settings;
        this.failures = failures;
    }

    /**
     * Prepares an attempt.
     *
     * @param request the call
     * @param attempt the attempt, from 1
     * @param refresh whether token suppliers are asked for a new token
     * @return the attempt
     * @throws ApiException for a disabled unstable operation, a link to another origin, an unreadable
     *     file, or a failing interceptor or token supplier
     * @throws IllegalArgumentException when a header value contains a line break
     */
    Prepared prepare(ApiRequest request, int attempt, boolean refresh) {
        if (request.unstable() && !settings.enabledUnstable().contains(request.operationId())) {
            throw Failures.of(request, "is an unstable operation (x-unstable) and is disabled; enable it with "
                    + "ApiClient.builder().enableUnstableOperations(\"" + request.operationId() + "\")");
        }
        List<String> query = new ArrayList<>();
        String url = request.link() != null ? linked(request, query) : settings.baseUrl() + request.expandedPath();
        if (request.link() == null && !request.query().isEmpty()) {
            query.add(request.query());
        }
        List<String[]> headers = new ArrayList<>();
        headers.add(new String[] {"Accept", request.accept()});
        headers.add(new String[] {"Accept-Encoding", "gzip"});
        headers.add(new String[] {"User-Agent", settings.userAgent()});
        request.headers().forEach((name, value) -> headers.add(new String[] {name, value}));
        List<String> cookies = new ArrayList<>(request.cookies());
        boolean supplied;
        try {
            supplied = settings.credentials().apply(request.security(), (name, value) -> headers.add(new String[] {name, value}),
                    query, cookies, refresh);
        } catch (HookFailure e) {
            throw failures.failed(request, e.getMessage(), e.getCause());
        }
        if (!cookies.isEmpty()) {
            headers.add(new String[] {"Cookie", String.join("; ", cookies)});
        }
        OutgoingRequest outgoing = new OutgoingRequest(request.operationId(), request.method(),
                URI.create(query.isEmpty() ? url : url + "?" + String.join("&", query)), attempt, request.body());
        headers.forEach(header -> outgoing.addHeader(header[0], header[1]));
        if (request.body() != null) {
            outgoing.setHeader("Content-Type", request.body().contentType());
        }
        request.options().headers().forEach(outgoing::setHeader);
        request.options().idempotencyKey().ifPresent(key -> outgoing.setHeader(RequestOptions.IDEMPOTENCY_KEY_HEADER, key));
        try {
            settings.interceptors().beforeSend(outgoing);
        } catch (HookFailure e) {
            throw failures.failed(request, e.getMessage(), e.getCause());
        }
        return new Prepared(outgoing, outgoing.toHttpRequest(publisher(request)), supplied);
    }

    /** The URL of a linked next page without its query, which goes to {@code query}; refused unless on the client's origin. */
    private String linked(ApiRequest request, List<String> query) {
        URI link = request.link();
        if (!Redirects.sameOrigin(URI.create(settings.baseUrl()), link)) {
            throw Failures.of(request, "was linked to a next page on another origin (" + link.getScheme() + "://" + link.getHost()
                    + (link.getPort() < 0 ? "" : ":" + link.getPort()) + "), which the client does not follow with its credentials");
        }
        if (link.getRawQuery() != null) {
            query.add(link.getRawQuery());
        }
        return link.getScheme() + "://" + link.getHost() + (link.getPort() >= 0 ? ":" + link.getPort() : "")
                + (link.getRawPath() == null ? "" : link.getRawPath());
    }

    private HttpRequest.BodyPublisher publisher(ApiRequest request) {
        if (request.body() == null) {
            return HttpRequest.BodyPublishers.noBody();
        }
        try {
            return request.body().publisher();
        } catch (FileNotFoundException e) {
            throw failures.failed(request, "cannot read the content to upload: " + e.getMessage(), e);
        } catch (IllegalStateException e) {
            throw failures.failed(request, "cannot send its body: " + e.getMessage(), e);
        }
    }
}
