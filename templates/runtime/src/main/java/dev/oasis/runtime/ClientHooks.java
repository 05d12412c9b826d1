package dev.oasis.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The caller's own code a client runs: request and response interceptors, and token suppliers for
 * security schemes whose tokens expire. The part of {@link ClientBuilder} that configures them; its
 * protected members are for generated builders, which may live in another package.
 *
 * @param <B> the generated builder, which every setter returns
 */
public abstract class ClientHooks<B extends ClientHooks<B>> {

    private final List<RequestInterceptor> requestInterceptors = new ArrayList<>();
    private final List<ResponseInterceptor> responseInterceptors = new ArrayList<>();
    private final Map<String, TokenSupplier> tokenSuppliers = new LinkedHashMap<>();

    ClientHooks() {
    }

    /** @return this builder as the generated builder type */
    protected abstract B self();

    /**
     * Adds an interceptor that sees and may change every attempt just before it is sent,
     * credentials included (to add a header, sign or record it); interceptors run in the order added.
     *
     * @param interceptor the interceptor
     * @return this builder
     */
    public B requestInterceptor(RequestInterceptor interceptor) {
        requestInterceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
        return self();
    }

    /**
     * Adds an interceptor that sees the status and headers of every response (to record metrics or
     * log); interceptors run in the order added.
     *
     * @param interceptor the interceptor
     * @return this builder
     */
    public B responseInterceptor(ResponseInterceptor interceptor) {
        responseInterceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
        return self();
    }

    /**
     * Sets the bearer token supplier of a security scheme, replacing a fixed token set before.
     *
     * @param scheme the scheme's key in the spec
     * @param supplier asked for the token before every call, and for a new one after a 401
     * @return this builder
     */
    protected final B tokenSupplier(String scheme, TokenSupplier supplier) {
        tokenSuppliers.put(scheme, Objects.requireNonNull(supplier, "supplier"));
        return self();
    }

    /** Drops the token supplier of a scheme, for a fixed credential set after it. */
    final void forgetTokenSupplier(String scheme) {
        tokenSuppliers.remove(scheme);
    }

    /** @return the token suppliers by security scheme */
    final Map<String, TokenSupplier> tokenSuppliers() {
        return Map.copyOf(tokenSuppliers);
    }

    /** @return the interceptors, in the order they were added */
    final Interceptors interceptors() {
        return new Interceptors(requestInterceptors, responseInterceptors);
    }
}
