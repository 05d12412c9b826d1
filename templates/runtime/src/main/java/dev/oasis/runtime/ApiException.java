package dev.oasis.runtime;

import dev.oasis.runtime.json.Deviation;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every failure of a call: an error status, a body that cannot be read or is too large, a timeout,
 * a broken connection or a redirect to another origin. Carries what is known: status, headers, the
 * raw body and, where the spec declares one and the body fits it, the parsed error body. Its message
 * and its causes never carry a credential (a cause whose message would is replaced by a
 * {@link ScrubbedException}); {@link #rawBody()} and {@link #headers()} keep what the server sent.
 */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int statusCode;
    private final transient HttpHeaders headers;
    private final String rawBody;
    private final transient Object errorBody;
    private final transient List<Deviation> deviations;

    /**
     * Creates an exception.
     *
     * @param message what failed, without credentials
     * @param statusCode the HTTP status, or 0 when no response arrived
     * @param headers the response headers, or empty
     * @param rawBody the response body as text, or empty
     * @param errorBody the parsed error body, or null
     * @param deviations for strict reading, where the body differed from the spec
     * @param cause the underlying failure, or null
     */
    public ApiException(String message, int statusCode, HttpHeaders headers, String rawBody, Object errorBody,
            List<Deviation> deviations, Throwable cause) {
        super(message, cause);
        this.statusCode = statusCode;
        this.headers = headers == null ? HttpHeaders.of(Map.of(), (name, value) -> true) : headers;
        this.rawBody = rawBody == null ? "" : rawBody;
        this.errorBody = errorBody;
        this.deviations = List.copyOf(deviations);
    }

    /**
     * The HTTP status code.
     *
     * @return the status, or 0 when no response arrived (timeout, connection failure)
     */
    public int statusCode() {
        return statusCode;
    }

    /**
     * The response headers.
     *
     * @return the headers; empty when no response arrived
     */
    public HttpHeaders headers() {
        return headers;
    }

    /**
     * The response body as text.
     *
     * @return the body; empty when there was none
     */
    public String rawBody() {
        return rawBody;
    }

    /**
     * The error body parsed as the type the spec declares for this status.
     *
     * @return the parsed body, or empty when the spec declares none, the body was not JSON, or it does
     *     not fit the declared schema (a deviation that contradicts the spec, or one the read mode
     *     refuses): then only {@link #rawBody()} has it, and {@link #deviations()} says why
     */
    public Optional<Object> errorBody() {
        return Optional.ofNullable(errorBody);
    }

    /**
     * The error body as a given type.
     *
     * @param type the expected type, such as the spec's error response model
     * @param <E> the type
     * @return the body, or empty when it is absent or of another type
     */
    public <E> Optional<E> errorBody(Class<E> type) {
        return errorBody().filter(type::isInstance).map(type::cast);
    }

    /**
     * Where the body deviated from the spec: for a success body refused by the read mode, and for an
     * error body the spec declares a schema for.
     *
     * @return the deviations; empty otherwise
     */
    public List<Deviation> deviations() {
        return deviations;
    }
}
