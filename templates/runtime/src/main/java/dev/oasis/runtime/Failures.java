package dev.oasis.runtime;

import dev.oasis.runtime.json.Deviation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns whatever went wrong in a call into an {@link ApiException} whose message names the
 * operation, says what happened and carries no credential; neither does its cause, which is replaced
 * by a {@link ScrubbedException} copy when its message gives a secret away.
 */
final class Failures {

    /** The longest part of a response body quoted in a message. */
    private static final int QUOTED_BODY_LIMIT = 200;

    private final Credentials credentials;
    private final String origin;
    private final Duration connectTimeout;

    Failures(Credentials credentials, String origin, Duration connectTimeout) {
        this.credentials = credentials;
        this.origin = origin;
        this.connectTimeout = connectTimeout;
    }

    /** A failure before any request was sent, such as a refused unstable operation. */
    static ApiException of(ApiRequest request, String what) {
        return new ApiException(describe(request) + " " + what, 0, null, "", null, List.of(), null);
    }

    /** A failure without a response, its cause scrubbed. */
    ApiException failed(ApiRequest request, String what, Throwable cause) {
        return new ApiException(describe(request) + " " + credentials.redact(what), 0, null, "", null, List.of(), scrub(cause));
    }

    /** A refused or lost connection, or a connect timeout. */
    ApiException transport(ApiRequest request, IOException error) {
        if (error instanceof HttpConnectTimeoutException) {
            return failed(request, "could not connect to " + origin + " within " + connectTimeout, error);
        }
        if (error instanceof ConnectException) {
            return failed(request, "could not connect to " + origin + ": " + error.getMessage(), error);
        }
        return failed(request, "lost the connection before a complete response arrived: " + error, error);
    }

    /** No complete response within an attempt's limit or the call's deadline. */
    ApiException timeout(ApiRequest request, Duration limit, boolean callDeadline, int attempts, Throwable cause) {
        String within = callDeadline && attempts > 1
                ? "within the call's deadline of " + limit + " (" + attempts + " attempts)" : "within " + limit;
        return failed(request, "timed out: no complete response " + within, cause);
    }

    /** A body longer than the limit, as received or once inflated. */
    ApiException tooLarge(ApiRequest request, int status, HttpHeaders headers, BodyTooLargeException error) {
        String what = error.inflated()
                ? " whose gzip body inflates beyond the limit of " + error.limit() + " bytes (maxResponseBytes); the rest was not inflated"
                : " whose body exceeds the limit of " + error.limit() + " bytes (maxResponseBytes); the rest was not read";
        return new ApiException(describe(request) + " received a response (status " + status + ")" + what, status,
                headers, "", null, List.of(), error);
    }

    /** A redirect the client does not follow. */
    ApiException redirect(ApiRequest request, HttpResponse<?> response, URI target, boolean tooMany) {
        String why = tooMany ? "more than " + Redirects.MAX + " times; the last to " + target
                : "to another origin, " + target.getScheme() + "://" + target.getRawAuthority()
                        + "; not followed, so that the credentials stay with " + origin;
        return new ApiException(describe(request) + " was redirected (status " + response.statusCode() + ") "
                + credentials.redact(why), response.statusCode(), response.headers(),
                response.body() instanceof BoundedBuffer body ? text(body.toByteArray()) : "", null, List.of(), null);
    }

    /**
     * A response outside 2xx. Where the spec declares an error body for the status, it is read and its
     * deviations reported; it is offered typed only when it fits (no deviation the read mode, or
     * {@link ReadMode#STRICT}, refuses), else only as raw text.
     */
    ApiException errorStatus(ApiRequest request, HttpResponse<?> response, byte[] body, ReadMode mode) {
        int status = response.statusCode();
        String raw = text(body);
        Object errorBody = null;
        List<Deviation> deviations = new ArrayList<>();
        String problem = "";
        if (request.errorType(status) != null && body.length > 0) {
            try {
                errorBody = BodyReader.json(request.errorType(status)).read(body, response.headers(), deviations);
            } catch (IOException e) {
                problem = "; the body is not the JSON error the spec declares (" + jsonProblem(e) + ")";
            }
            List<Deviation> misfits = deviations.stream().filter(d -> d.kind().contradictsSpec() || mode.refuses(d)).toList();
            if (!misfits.isEmpty()) {
                errorBody = null;
                problem = "; the body does not fit the error the spec declares: " + misfits;
            }
        }
        String quoted = body.length == 0 ? "no body" : contentType(response.headers()) + " body: " + quote(credentials.redact(raw));
        return new ApiException(describe(request) + " failed with status " + status + ", " + quoted + credentials.redact(problem),
                status, response.headers(), raw, errorBody, deviations, null);
    }

    /** A success body that cannot be read as the operation's type. */
    ApiException unreadableBody(ApiRequest request, HttpResponse<?> response, byte[] body, Exception error) {
        String problem = error instanceof IOException io ? "is not valid JSON: " + jsonProblem(io) : "could not be read: " + error;
        return new ApiException(describe(request) + " returned a " + contentType(response.headers()) + " body that "
                + credentials.redact(problem), response.statusCode(), response.headers(), text(body), null, List.of(), scrub(error));
    }

    /** A compressed body that cannot be decompressed. */
    ApiException undecompressable(ApiRequest request, HttpResponse<?> response, IOException error) {
        return new ApiException(describe(request) + " returned a gzip body that cannot be decompressed: "
                + credentials.redact(String.valueOf(error.getMessage())), response.statusCode(), response.headers(), "", null,
                List.of(), scrub(error));
    }

    /** A body refused by the read mode, listing the deviations it refuses; {@link ApiException#deviations()} has them all. */
    ApiException deviating(ApiRequest request, HttpResponse<?> response, byte[] body, List<Deviation> deviations,
            List<Deviation> refused) {
        return new ApiException(describe(request) + " returned a body that deviates from the spec: "
                + credentials.redact(refused.toString()), response.statusCode(), response.headers(), text(body), null, deviations, null);
    }

    private Throwable scrub(Throwable cause) {
        return ScrubbedException.of(cause, credentials::redact);
    }

    private static String describe(ApiRequest request) {
        return request.operationId() + " (" + request.method() + " " + request.pathTemplate() + ")";
    }

    private static String jsonProblem(IOException e) {
        if (e instanceof JsonProcessingException json && json.getLocation() != null) {
            return json.getOriginalMessage() + " at line " + json.getLocation().getLineNr()
                    + ", column " + json.getLocation().getColumnNr();
        }
        return String.valueOf(e.getMessage());
    }

    private static String contentType(HttpHeaders headers) {
        return headers.firstValue("Content-Type").map(type -> type.split(";", 2)[0].trim()).orElse("untyped");
    }

    private static String quote(String body) {
        String flat = body.replaceAll("\\s+", " ").trim();
        return "\"" + (flat.length() > QUOTED_BODY_LIMIT ? flat.substring(0, QUOTED_BODY_LIMIT) + "..." : flat) + "\"";
    }

    private static String text(byte[] body) {
        return body == null ? "" : new String(body, StandardCharsets.UTF_8);
    }
}
