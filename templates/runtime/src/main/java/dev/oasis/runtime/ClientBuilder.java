package dev.oasis.runtime;

import dev.oasis.runtime.json.Deviation;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The settings every generated {@code ApiClient.Builder} has: server, timeouts, the response size
 * limit, retries, read mode, User-Agent, unstable operations and the deviation listener, besides
 * the interceptors and token suppliers of {@link ClientHooks}. The generated builder adds a method
 * per security scheme of its spec. Its protected members are for
 * generated builders, which live in another package when several specs share one runtime
 * ({@code runtimePackage}).
 *
 * @param <B> the generated builder, which every setter returns
 */
public abstract class ClientBuilder<B extends ClientBuilder<B>> extends ClientHooks<B> {

    /**
     * 64 MiB: far above what a JSON API answers (Datadog's largest pages are a few megabytes), low
     * enough that a hostile response costs a call at most twice that while it is assembled.
     */
    static final int DEFAULT_MAX_RESPONSE_BYTES = 64 << 20;

    private final ClientSpec spec;
    private final Function<String, String> environment;
    private final Map<String, Credentials.Credential> credentials = new LinkedHashMap<>();
    private final Map<String, String> variables = new LinkedHashMap<>();
    private final Set<String> enabledUnstable = new LinkedHashSet<>();
    private HttpClient http;
    private String baseUrl;
    private int serverIndex;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration requestTimeout = Duration.ofSeconds(60);
    private int maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
    private ReadMode readMode;
    private String userAgent;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private BiConsumer<String, List<Deviation>> deviationListener = (operationId, deviations) -> { };

    /**
     * Starts a builder for a spec.
     *
     * @param spec the spec's servers, unstable operations and defaults
     * @param environment the environment variables credentials may default to
     */
    protected ClientBuilder(ClientSpec spec, Function<String, String> environment) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.environment = Objects.requireNonNull(environment, "environment");
        this.readMode = spec.readMode();
        this.userAgent = spec.userAgent();
    }

    /**
     * Sets a credential from an environment variable, when it is set and not empty.
     *
     * @param variable the environment variable ({@code x-env-name})
     * @param setter the builder method of the credential
     */
    protected final void fromEnvironment(String variable, Consumer<String> setter) {
        String value = environment.apply(variable);
        if (value != null && !value.isEmpty()) {
            setter.accept(value);
        }
    }

    /**
     * Sets an API key scheme's key.
     *
     * @param scheme the scheme's key in the spec
     * @param location header, query or cookie
     * @param name the header, query parameter or cookie name
     * @param key the key; never printed
     * @return this builder
     */
    protected final B apiKeyCredential(String scheme, ApiRequest.Location location, String name, String key) {
        forgetTokenSupplier(scheme);
        credentials.put(scheme, Credentials.apiKey(location, name, key));
        return self();
    }

    /**
     * Sets a bearer or OAuth2 scheme's token, sent in the Authorization header.
     *
     * @param scheme the scheme's key in the spec
     * @param token the token; never printed
     * @return this builder
     */
    protected final B bearerCredential(String scheme, String token) {
        forgetTokenSupplier(scheme);
        credentials.put(scheme, Credentials.bearer(token));
        return self();
    }

    /**
     * Sets a basic scheme's user name and password.
     *
     * @param scheme the scheme's key in the spec
     * @param username the user name
     * @param password the password; never printed
     * @return this builder
     */
    protected final B basicCredential(String scheme, String username, String password) {
        forgetTokenSupplier(scheme);
        credentials.put(scheme, Credentials.basic(username, password));
        return self();
    }

    /**
     * Sends requests to this URL instead of the spec's servers.
     *
     * @param url the base URL, such as {@code http://localhost:8080}
     * @return this builder
     */
    public B baseUrl(String url) {
        this.baseUrl = Objects.requireNonNull(url, "url");
        return self();
    }

    /**
     * Chooses one of the spec's servers by its position in the spec's {@code servers} list.
     *
     * @param index the position, from 0
     * @return this builder
     */
    public B server(int index) {
        this.serverIndex = spec.checkedServer(index);
        return self();
    }

    /**
     * Sets a server variable, such as Datadog's {@code site}; checked against the values the spec allows.
     *
     * @param name the variable name
     * @param value the value
     * @return this builder
     * @throws IllegalArgumentException when the chosen server has no such variable or does not allow the value
     */
    public B serverVariable(String name, String value) {
        variables.put(name, spec.checkedVariable(serverIndex, name, value));
        return self();
    }

    /**
     * Uses this HTTP client instead of a new one. It must not follow redirects: the client follows
     * them itself, only within the base URL's origin, so that credentials never reach another host.
     *
     * @param client the client, built with {@code followRedirects(HttpClient.Redirect.NEVER)} (the JDK's default)
     * @return this builder
     * @throws IllegalArgumentException when the client follows redirects
     */
    public B httpClient(HttpClient client) {
        this.http = Redirects.requireNotFollowing(Objects.requireNonNull(client, "client"));
        return self();
    }

    /**
     * Sets the User-Agent header.
     *
     * @param value the value; the generated {@code ApiClient.USER_AGENT} by default
     * @return this builder
     */
    public B userAgent(String value) {
        this.userAgent = ParameterStyles.checkedHeaderValue("User-Agent", Objects.requireNonNull(value, "value"));
        return self();
    }

    /**
     * Sets when and how often requests are retried; {@link RetryPolicy#defaults()} unless set,
     * {@link RetryPolicy#none()} to turn retries off.
     *
     * @param policy the policy
     * @return this builder
     */
    public B retryPolicy(RetryPolicy policy) {
        this.retryPolicy = Objects.requireNonNull(policy, "policy");
        return self();
    }

    /**
     * Enables operations the spec marks {@code x-unstable}; until enabled, calling one fails.
     *
     * @param operationIds the operations' operationIds as the spec writes them, such as those in the
     *     generated {@code ApiClient.UNSTABLE_OPERATIONS}
     * @return this builder
     * @throws IllegalArgumentException when a name is not an unstable operation of the spec
     */
    public B enableUnstableOperations(String... operationIds) {
        for (String operationId : operationIds) {
            if (!spec.unstableOperations().contains(operationId)) {
                throw new IllegalArgumentException("'" + operationId + "' is not an unstable operation of this API; unstable: "
                        + spec.unstableOperations().stream().sorted().toList());
            }
            enabledUnstable.add(operationId);
        }
        return self();
    }

    /**
     * Sets the connect timeout of the client this builder creates.
     *
     * @param timeout the timeout
     * @return this builder
     */
    public B connectTimeout(Duration timeout) {
        this.connectTimeout = Objects.requireNonNull(timeout, "timeout");
        return self();
    }

    /**
     * Sets the deadline of every call: from sending to the last body byte, every attempt, every wait
     * between attempts and every redirect included; when it passes, the exchange is aborted and the
     * call fails. A retry policy's {@code attemptTimeout} limits each attempt within it.
     *
     * @param timeout the time one call may take; 60 s unless set
     * @return this builder
     */
    public B requestTimeout(Duration timeout) {
        this.requestTimeout = Objects.requireNonNull(timeout, "timeout");
        return self();
    }

    /**
     * Sets the most bytes a response body may have, success or error alike: counted while it arrives
     * (a larger Content-Length is refused unread) and again while a gzip body is inflated. A larger
     * body fails the call with an {@link ApiException} saying so, and its connection is closed.
     *
     * @param bytes the limit; {@value #DEFAULT_MAX_RESPONSE_BYTES} (64 MiB) unless set
     * @return this builder
     * @throws IllegalArgumentException when the limit is not positive or exceeds what one array holds
     */
    public B maxResponseBytes(long bytes) {
        if (bytes < 1 || bytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxResponseBytes must be from 1 to " + (Integer.MAX_VALUE - 8) + ", was " + bytes);
        }
        this.maxResponseBytes = (int) bytes;
        return self();
    }

    /**
     * Chooses which deviations from the spec refuse a response: none, contradictions, or contradictions
     * and undeclared properties.
     *
     * @param mode the mode
     * @return this builder
     */
    public B readMode(ReadMode mode) {
        this.readMode = Objects.requireNonNull(mode, "mode");
        return self();
    }

    /**
     * Receives the deviations of every response accepted despite them, with the operationId.
     *
     * @param listener the listener
     * @return this builder
     */
    public B deviationListener(BiConsumer<String, List<Deviation>> listener) {
        this.deviationListener = Objects.requireNonNull(listener, "listener");
        return self();
    }

    /** @return the executor these settings describe */
    protected final RequestExecutor newExecutor() {
        HttpClient client = http != null ? http
                : HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER).build();
        String url = RequestExecutor.stripTrailingSlash(baseUrl != null ? baseUrl : spec.url(serverIndex, variables));
        Map<String, Credentials.Credential> fixed = new LinkedHashMap<>(credentials);
        fixed.keySet().removeAll(tokenSuppliers().keySet());
        return new RequestExecutor(new RequestExecutor.Settings(client, url, new Credentials(fixed, tokenSuppliers()), readMode,
                connectTimeout, requestTimeout, maxResponseBytes, userAgent, retryPolicy, Set.copyOf(enabledUnstable), deviationListener,
                interceptors()));
    }
}
