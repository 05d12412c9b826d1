package com.example.incidents;

import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.incidents.api.IncidentsApi;
import com.example.incidents.model.IncidentTodoResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * What the hostile-server tests share: the credentials, the incidents client pointed at a loopback
 * server, calls made blocking or async, and every failure those calls produced, which
 * {@link #assertNoSecret()} walks.
 */
final class Faults {

    static final String INCIDENT = "00000000-aaaa-0000-0000-000000000000";
    static final String TODOS = "/api/v2/incidents/" + INCIDENT + "/relationships/todos/";
    static final String API_KEY = "SECRET-api-key-0123456789";
    static final String APP_KEY = "SECRET-app-key-9876543210";
    /** A key made of letters and digits only, which parsers quote whole in their messages (they stop at a dash). */
    static final String WORD_KEY = "SECRETwordKey0123456789";

    /** How an operation is called. */
    enum Mode { BLOCKING, ASYNC }

    private final List<Throwable> thrown = new CopyOnWriteArrayList<>();

    /** The incidents client for a server: both keys, every operation enabled, no retries. */
    static ApiClient.Builder client(LoopbackServer server) {
        return ApiClient.builder(Map.<String, String>of()::get)
                .baseUrl(server.baseUrl())
                .apiKeyAuth(API_KEY)
                .appKeyAuth(APP_KEY)
                .enableUnstableOperations(ApiClient.UNSTABLE_OPERATIONS.toArray(String[]::new))
                .retryPolicy(RetryPolicy.none());
    }

    /** Gets a todo, blocking or async. */
    IncidentTodoResponse todo(Mode mode, IncidentsApi api, String todoId) {
        return call(mode, () -> api.getIncidentTodo(INCIDENT, todoId), () -> api.getIncidentTodoAsync(INCIDENT, todoId));
    }

    /** Gets a todo with status and headers, blocking or async. */
    ApiResponse<IncidentTodoResponse> todoResponse(Mode mode, IncidentsApi api, String todoId) {
        return call(mode, () -> api.getIncidentTodoWithHttpInfo(INCIDENT, todoId),
                () -> api.getIncidentTodoWithHttpInfoAsync(INCIDENT, todoId));
    }

    /** The ApiException getting a todo fails with, blocking or async (unwrapped from the future's CompletionException). */
    ApiException todoFailure(Mode mode, IncidentsApi api, String todoId) {
        return assertThrows(ApiException.class, () -> todo(mode, api, todoId));
    }

    /** Calls blocking, or async and waits, rethrowing the failure the future carries as it is; records every failure. */
    <T> T call(Mode mode, Supplier<T> blocking, Supplier<CompletableFuture<T>> async) {
        try {
            if (mode == Mode.BLOCKING) {
                return blocking.get();
            }
            try {
                return async.get().join();
            } catch (CompletionException e) {
                thrown.add(e);
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw e;
            }
        } catch (RuntimeException e) {
            thrown.add(e);
            throw e;
        }
    }

    /** Records a failure produced some other way. */
    void record(Throwable failure) {
        thrown.add(failure);
    }

    /** @return the failures recorded so far */
    List<Throwable> thrown() {
        return new ArrayList<>(thrown);
    }

    /** Walks every failure recorded, causes, suppressed exceptions and printed stack traces included, for any key. */
    void assertNoSecret() {
        SecretWalk.assertNoSecret(thrown, API_KEY, APP_KEY, WORD_KEY);
    }
}
