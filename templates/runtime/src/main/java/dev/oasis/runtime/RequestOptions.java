package dev.oasis.runtime;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings for some calls only, without an overload per operation: extra headers, a timeout, an
 * idempotency key and a retry policy, each replacing the client's own for the calls made through
 * {@code ApiClient.withOptions} or an API class's {@code withOptions}. Immutable.
 *
 * <pre>{@code
 * IncidentsApi once = incidents.withOptions(RequestOptions.builder()
 *         .header("X-Request-Id", "r-1").timeout(Duration.ofSeconds(5)).idempotencyKey("create-42").build());
 * }</pre>
 */
public final class RequestOptions {

    /** The header the idempotency key travels in. */
    public static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";

    private static final RequestOptions NONE = new RequestOptions(new Builder());

    private final Map<String, String> headers;
    private final Duration timeout;
    private final RetryPolicy retryPolicy;
    private final String idempotencyKey;

    private RequestOptions(Builder builder) {
        this.headers = Map.copyOf(builder.headers);
        this.timeout = builder.timeout;
        this.retryPolicy = builder.retryPolicy;
        this.idempotencyKey = builder.idempotencyKey;
    }

    /** @return options that change nothing */
    public static RequestOptions none() {
        return NONE;
    }

    /** @return a builder with nothing set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the extra headers by name, sent after (and so replacing) the operation's own of the same name */
    public Map<String, String> headers() {
        return headers;
    }

    /** @return how long a call may take, in place of the client's request timeout */
    public Optional<Duration> timeout() {
        return Optional.ofNullable(timeout);
    }

    /** @return the retry policy, in place of the client's */
    public Optional<RetryPolicy> retryPolicy() {
        return Optional.ofNullable(retryPolicy);
    }

    /**
     * The idempotency key, sent as {@value #IDEMPOTENCY_KEY_HEADER}. The server then applies a
     * repeated request once, so a call with a key is retried like an idempotent one, whatever its method.
     *
     * @return the key
     */
    public Optional<String> idempotencyKey() {
        return Optional.ofNullable(idempotencyKey);
    }

    /**
     * These options with others added; where both set something, the others win.
     *
     * @param more the options to add
     * @return the combined options
     */
    public RequestOptions with(RequestOptions more) {
        Builder builder = new Builder();
        builder.headers.putAll(headers);
        more.headers.forEach(builder::header);
        builder.timeout = more.timeout != null ? more.timeout : timeout;
        builder.retryPolicy = more.retryPolicy != null ? more.retryPolicy : retryPolicy;
        builder.idempotencyKey = more.idempotencyKey != null ? more.idempotencyKey : idempotencyKey;
        return builder.build();
    }

    /** The header names and the settings; never header values or the key, which may be secret. */
    @Override
    public String toString() {
        return "RequestOptions[headers=" + headers.keySet().stream().sorted().toList() + ", timeout=" + timeout
                + ", retryPolicy=" + retryPolicy + ", idempotencyKey=" + (idempotencyKey == null ? "none" : "set") + "]";
    }

    /** Configures {@link RequestOptions}. */
    public static final class Builder {

        private final Map<String, String> headers = new LinkedHashMap<>();
        private Duration timeout;
        private RetryPolicy retryPolicy;
        private String idempotencyKey;

        private Builder() {
        }

        /**
         * Adds a header, replacing one of the same name (in any case) set before.
         *
         * @param name the header name
         * @param value the value; without line breaks
         * @return this builder
         */
        public Builder header(String name, String value) {
            Objects.requireNonNull(name, "name");
            headers.keySet().removeIf(existing -> existing.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)));
            headers.put(name, ParameterStyles.checkedHeaderValue(name, Objects.requireNonNull(value, "value")));
            return this;
        }

        /**
         * Sets how long a call may take.
         *
         * @param value a positive duration
         * @return this builder
         */
        public Builder timeout(Duration value) {
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("timeout must be positive, was " + value);
            }
            this.timeout = value;
            return this;
        }

        /**
         * Sets the retry policy.
         *
         * @param value the policy, such as {@link RetryPolicy#none()}
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy value) {
            this.retryPolicy = Objects.requireNonNull(value, "retryPolicy");
            return this;
        }

        /**
         * Sets the idempotency key.
         *
         * @param key the key, unique per logical operation
         * @return this builder
         */
        public Builder idempotencyKey(String key) {
            this.idempotencyKey = ParameterStyles.checkedHeaderValue(IDEMPOTENCY_KEY_HEADER, Objects.requireNonNull(key, "key"));
            return this;
        }

        /** @return the options */
        public RequestOptions build() {
            return new RequestOptions(this);
        }
    }
}
