package dev.oasis.runtime;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Redirects, which the client follows itself so that credentials never reach another origin: the
 * {@code HttpClient} must not follow them (it would resend every header, credentials included, to
 * whatever host a {@code Location} names, before the client could look), and a redirect is followed
 * only within the origin (scheme, host and port) of the base URL.
 */
final class Redirects {

    /** The most redirects one call follows. */
    static final int MAX = 5;

    private static final Set<Integer> STATUSES = Set.of(301, 302, 303, 307, 308);

    private Redirects() {
    }

    /**
     * Checks that a client lets the caller see redirects.
     *
     * @param client the client to use
     * @return the client
     * @throws IllegalArgumentException when it follows redirects itself
     */
    static HttpClient requireNotFollowing(HttpClient client) {
        if (client.followRedirects() != HttpClient.Redirect.NEVER) {
            throw new IllegalArgumentException("the HttpClient follows redirects (" + client.followRedirects()
                    + "), so it would send the credentials to any host a redirect names; build it with "
                    + "followRedirects(HttpClient.Redirect.NEVER): the ApiClient follows redirects within its own origin itself");
        }
        return client;
    }

    /**
     * Where a response redirects to.
     *
     * @param response a response
     * @return the absolute target, or empty when the response is no redirect or names no valid target
     */
    static Optional<URI> target(HttpResponse<?> response) {
        if (!STATUSES.contains(response.statusCode())) {
            return Optional.empty();
        }
        try {
            return response.headers().firstValue("Location").map(location -> response.uri().resolve(location.trim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether two URIs have the same origin: scheme, host and port (the scheme's default port when none is given).
     *
     * @param a a URI
     * @param b another URI
     * @return true for the same origin
     */
    static boolean sameOrigin(URI a, URI b) {
        return a.getScheme() != null && a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost() != null
                && a.getHost().equalsIgnoreCase(b.getHost()) && port(a) == port(b);
    }

    /**
     * The request that follows a redirect within the origin: the same headers (credentials included),
     * and for 303, or 301 and 302 after a POST, a GET without body, as browsers and the JDK do.
     *
     * @param request the request that was redirected
     * @param status the redirect's status
     * @param target where it redirects to, of the same origin
     * @return the request to send next
     */
    static HttpRequest follow(HttpRequest request, int status, URI target) {
        boolean toGet = status == 303 || ((status == 301 || status == 302) && request.method().equals("POST"));
        HttpRequest.Builder next = HttpRequest.newBuilder(request, (name, value) -> !(toGet && name.equalsIgnoreCase("Content-Type")))
                .uri(target);
        if (toGet) {
            next.GET();
        }
        return next.build();
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        String scheme = Objects.requireNonNullElse(uri.getScheme(), "").toLowerCase(Locale.ROOT);
        return scheme.equals("https") ? 443 : scheme.equals("http") ? 80 : -1;
    }
}
