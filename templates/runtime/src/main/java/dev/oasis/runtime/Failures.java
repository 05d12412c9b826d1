package dev.oasis.runtime;

import dev.oasis.runtime.json.Deviation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Turns whatever went wrong in a call into an {@link ApiException} whose message names the
 * operation, says what happened and carries no credential.
 */
final class Failures {

    /** The longest part of a response body quoted in a message. */
    private static final int QUOTED_BODY_LIMIT = 200;

    private final Credentials credentials;
    private final String authority;
    private final Duration connectTimeout;
    private final Duration requestTimeout;

    Failures(Credentials credentials, String authority, Duration connectTimeout, Duration requestTimeout) {
        this.credentials = credentials;
        this.authority = authority;
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
    }

    /** A failure before or without any response, such as a refused unstable operation. */
    static ApiException of(ApiRequest request, String what, Throwable cause) {
        return new ApiException(describe(request) + " " + what, 0, null, "", null, List.of(), cause);
    }

    /** A timeout, a refused or a lost connection. */
    ApiException transport(ApiRequest request, Throwable error) {
        if (error instanceof HttpConnectTimeoutException) {
            return of(request, "could not connect to " + authority + " within " + connectTimeout, error);
        }
        if (error instanceof HttpTimeoutException) {
            return of(request, "timed out: no complete response within " + request.options().timeout().orElse(requestTimeout), error);
        }
        if (error instanceof ConnectException) {
            return of(request, "could not connect to " + authority + ": " + credentials.redact(String.valueOf(error.getMessage())), error);
        }
        return of(request, "lost the connection before a complete response arrived: "
                + credentials.redact(String.valueOf(error)), error);
    }

    /** What an async call fails with, its wrappers removed: an {@link ApiException}, or an {@link IllegalArgumentException} for a bad argument. */
    RuntimeException async(ApiRequest request, Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof ApiException || cause instanceof IllegalArgumentException) {
            return (RuntimeException) cause;
        }
        if (cause instanceof IOException) {
            return transport(request, cause);
        }
        return of(request, "failed: " + credentials.redact(String.valueOf(cause)), cause);
    }

    /** A response outside 2xx, with the error body parsed where the spec declares one. */
    ApiException errorStatus(ApiRequest request, HttpResponse<byte[]> response, byte[] body) {
        int status = response.statusCode();
        String raw = text(body);
        Object errorBody = null;
        String problem = "";
        if (request.errorType(status) != null && body.length > 0) {
            try {
                errorBody = BodyReader.json(request.errorType(status)).read(body, response.headers(), new ArrayList<>());
            } catch (IOException e) {
                problem = "; the body is not the JSON error the spec declares (" + jsonProblem(e) + ")";
            }
        }
        String quoted = body.length == 0 ? "no body" : contentType(response.headers()) + " body: " + quote(raw);
        return new ApiException(describe(request) + " failed with status " + status + ", " + credentials.redact(quoted + problem),
                status, response.headers(), raw, errorBody, List.of(), null);
    }

    /** A success body that cannot be read as the operation's type. */
    ApiException unreadableBody(ApiRequest request, HttpResponse<byte[]> response, byte[] body, IOException error) {
        return new ApiException(describe(request) + " returned a " + contentType(response.headers())
                + " body that is not valid JSON: " + credentials.redact(jsonProblem(error)),
                response.statusCode(), response.headers(), text(body), null, List.of(), error);
    }

    /** A compressed body that cannot be decompressed. */
    ApiException undecompressable(ApiRequest request, HttpResponse<byte[]> response, IOException error) {
        return new ApiException(describe(request) + " returned a gzip body that cannot be decompressed: " + error.getMessage(),
                response.statusCode(), response.headers(), "", null, List.of(), error);
    }

    /** A body refused in strict mode because it deviates from the spec. */
    ApiException deviating(ApiRequest request, HttpResponse<byte[]> response, byte[] body, List<Deviation> deviations) {
        return new ApiException(describe(request) + " returned a body that deviates from the spec: "
                + credentials.redact(deviations.toString()),
                response.statusCode(), response.headers(), text(body), null, deviations, null);
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
        return new String(body, StandardCharsets.UTF_8);
    }
}
