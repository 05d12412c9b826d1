package dev.oasis.runtime;

import dev.oasis.runtime.json.Deviation;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
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
 * The settings every generated {@code ApiClient.Builder} has: server, timeouts, retries, read
 * mode, User-Agent, unstable operations, the deviation listener and interceptors. The generated
 * builder adds a method per security scheme of its spec (and a token supplier variant for bearer
 * and OAuth2 schemes).
 *
 * @param <B> the generated builder, which every setter returns
 */
public abstract class ClientBuilder<B extends ClientBuilder<B>> {

    private final ClientSpec spec;
    private final Function<String, String> environment;
    private final Map<String, Credentials.Credential> credentials = new LinkedHashMap<>();
    private final Map<String, TokenSupplier> tokenSuppliers = new LinkedHashMap<>();
    private final List<RequestInterceptor> requestInterceptors = new ArrayList<>();
    private final List<ResponseInterceptor> responseInterceptors = new ArrayList<>();
    private final Map<String, String> variables = new LinkedHashMap<>();
    private final Set<String> enabledUnstable = new LinkedHashSet<>();
    private HttpClient http;
    private String baseUrl;
    private int serverIndex;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration requestTimeout = Duration.ofSeconds(60);
    private ReadMode readMode;
    private String userAgent;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private BiConsumer<String, List<Deviation>> deviationListener = (operationId, deviations) -> { };

    ClientBuilder(ClientSpec spec, Function<String, String> environment) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.environment = Objects.requireNonNull(environment, "environment");
        this.readMode = spec.readMode();
        this.userAgent = spec.userAgent();
    }

    /** @return this builder as the generated builder type */
    abstract B self();

    /**
     * Sets a credential from an environment variable, when it is set and not empty.
     *
     * @param variable the environment variable ({@code x-env-name})
     * @param setter the builder method of the credential
     */
    final void fromEnvironment(String variable, Consumer<String> setter) {
        String value = environment.apply(variable);
        if (value != null && !value.isEmpty()) {
            setter.accept(value);
        }
    }

    /**
     * Sets the credential of a security scheme.
     *
     * @param scheme the scheme's key in the spec
     * @param credential where and how the credential travels
     * @return this builder
     */
    final B credential(String scheme, Credentials.Credential credential) {
        tokenSuppliers.remove(scheme);
        credentials.put(scheme, credential);
        return self();
    }

    /** Sets the bearer token supplier of a security scheme (by its key), replacing a fixed token. */
    final B tokenSupplier(String scheme, TokenSupplier supplier) {
        credentials.remove(scheme);
        tokenSuppliers.put(scheme, Objects.requireNonNull(supplier, "supplier"));
        return self();
    }

    /**
     * Adds an interceptor that sees and may change every attempt just before it is sent,
     * credentials included (to add a header, sign or record it); run in the order added.
     *
     * @param interceptor the interceptor
     * @return this builder
     */
    public B requestInterceptor(RequestInterceptor interceptor) {
        requestInterceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
        return self();
    }

    /**
     * Adds an interceptor that sees the status and headers of every response (to record metrics
     * or log); run in the order added.
     *
     * @param interceptor the interceptor
     * @return this builder
     */
    public B responseInterceptor(ResponseInterceptor interceptor) {
        responseInterceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
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
        if (index < 0 || index >= spec.servers().size()) {
            throw new IllegalArgumentException("server index " + index + " is out of range; the spec lists "
                    + spec.servers().size() + " servers");
        }
        this.serverIndex = index;
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
        spec.servers().get(serverIndex).check(name, value);
        variables.put(name, value);
        return self();
    }

    /**
     * Uses this HTTP client instead of a new one.
     *
     * @param client the client
     * @return this builder
     */
    public B httpClient(HttpClient client) {
        this.http = Objects.requireNonNull(client, "client");
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
     * Sets how long a request may take, from sending to the whole response.
     *
     * @param timeout the timeout
     * @return this builder
     */
    public B requestTimeout(Duration timeout) {
        this.requestTimeout = Objects.requireNonNull(timeout, "timeout");
        return self();
    }

    /**
     * Chooses tolerant or strict reading of responses that deviate from the spec.
     *
     * @param mode the mode
     * @return this builder
     */
    public B readMode(ReadMode mode) {
        this.readMode = Objects.requireNonNull(mode, "mode");
        return self();
    }

    /**
     * Receives the deviations of every response read in tolerant mode, with the operationId.
     *
     * @param listener the listener
     * @return this builder
     */
    public B deviationListener(BiConsumer<String, List<Deviation>> listener) {
        this.deviationListener = Objects.requireNonNull(listener, "listener");
        return self();
    }

    /** @return the executor these settings describe */
    final RequestExecutor newExecutor() {
        HttpClient client = http != null ? http : HttpClient.newBuilder().connectTimeout(connectTimeout).build();
        String url = RequestExecutor.stripTrailingSlash(baseUrl != null ? baseUrl : spec.servers().get(serverIndex).url(variables));
        return new RequestExecutor(new RequestExecutor.Settings(client, url, new Credentials(credentials, tokenSuppliers), readMode,
                connectTimeout, requestTimeout, userAgent, retryPolicy, Set.copyOf(enabledUnstable), deviationListener,
                new Interceptors(requestInterceptors, responseInterceptors)));
    }
}
