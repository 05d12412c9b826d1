package com.example.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.incidents.LoopbackServer.Answer;
import com.example.incidents.api.IncidentsApi;
import com.example.incidents.json.Deviation;
import com.example.incidents.model.APIErrorResponse;
import com.example.incidents.model.IncidentTodoResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every fault the client must survive, over a real HTTP server on loopback, through the blocking and
 * the async variant of the same operation. After each test, every exception it produced is walked
 * (causes, suppressed exceptions, printed stack traces) for the keys.
 */
class RuntimeFaultsTest {

    private static final String INCIDENT = "00000000-aaaa-0000-0000-000000000000";
    private static final String TODO_PATH = "/api/v2/incidents/" + INCIDENT + "/relationships/todos/todo-1";
    private static final String API_KEY = "SECRET-api-key-0123456789";
    private static final String APP_KEY = "SECRET-app-key-9876543210";

    /** How an operation is called. */
    enum Mode { BLOCKING, ASYNC }

    /** Every failure the calls of the running test produced. */
    private static final List<Throwable> THROWN = new CopyOnWriteArrayList<>();

    private LoopbackServer server;

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackServer();
        THROWN.clear();
    }

    @AfterEach
    void stop() {
        server.close();
        SecretWalk.assertNoSecret(THROWN, API_KEY, APP_KEY);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void rateLimitedCallIsRetriedAfterTheRateLimitResetHeader(Mode mode) {
        List<Duration> waits = new CopyOnWriteArrayList<>();
        IncidentsApi api = new IncidentsApi(client().retryPolicy(RetryPolicy.builder().waiter(delay -> {
            waits.add(delay);
            return CompletableFuture.completedFuture(null);
        }).build()).build());
        server.answerInTurn(TODO_PATH,
                Answer.json(429, "{\"errors\":[\"Too many requests\"]}").withHeader("X-RateLimit-Reset", "2"),
                Answer.json(200, LoopbackServer.resource("todo-200.json")));

        IncidentTodoResponse todo = todo(mode, api, "todo-1");

        assertEquals("Restore lost data.", todo.getData().getAttributes().getContent());
        assertEquals(2, server.requests().size());
        assertEquals(List.of(Duration.ofSeconds(2)), waits);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void retryAfterTakesPrecedenceOverTheRateLimitResetHeader(Mode mode) {
        List<Duration> waits = new CopyOnWriteArrayList<>();
        IncidentsApi api = new IncidentsApi(client().retryPolicy(RetryPolicy.builder().waiter(delay -> {
            waits.add(delay);
            return CompletableFuture.completedFuture(null);
        }).build()).build());
        server.answerInTurn(TODO_PATH,
                Answer.json(429, "{}").withHeader("X-RateLimit-Reset", "7").withHeader("Retry-After", "1"),
                Answer.json(200, LoopbackServer.resource("todo-200.json")));

        todo(mode, api, "todo-1");

        assertEquals(List.of(Duration.ofSeconds(1)), waits);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void serviceUnavailableThreeTimesGivesUpAfterTheLastAttemptWithBackoffBetween(Mode mode) {
        IncidentsApi api = new IncidentsApi(client().retryPolicy(RetryPolicy.builder()
                .maxAttempts(3).initialDelay(Duration.ofMillis(20)).maxDelay(Duration.ofMillis(100)).build()).build());
        server.answerInTurn(TODO_PATH, Answer.json(503, "{\"errors\":[\"Service unavailable\"]}"));

        long start = System.nanoTime();
        ApiException error = assertThrows(ApiException.class, () -> todo(mode, api, "todo-1"));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertEquals(503, error.statusCode());
        assertEquals(3, server.requests().size());
        // waits of at least 10 ms and 20 ms (half of 20 ms and 40 ms, plus jitter), far less than a second
        assertTrue(elapsed.compareTo(Duration.ofMillis(30)) >= 0, elapsed::toString);
        assertTrue(elapsed.compareTo(Duration.ofSeconds(3)) < 0, elapsed::toString);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aServerAskedWaitBeyondTheTotalTimeBoundIsNotTaken(Mode mode) {
        IncidentsApi api = new IncidentsApi(client().retryPolicy(RetryPolicy.builder()
                .maxElapsed(Duration.ofSeconds(5)).build()).build());
        server.answerInTurn(TODO_PATH, Answer.json(503, "{}").withHeader("Retry-After", "60"));

        long start = System.nanoTime();
        ApiException error = assertThrows(ApiException.class, () -> todo(mode, api, "todo-1"));

        assertEquals(503, error.statusCode());
        assertEquals(1, server.requests().size());
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(3).toNanos());
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void retriesCanBeSwitchedOff(Mode mode) {
        IncidentsApi api = new IncidentsApi(client().retryPolicy(RetryPolicy.none()).build());
        server.answerInTurn(TODO_PATH, Answer.json(429, "{}").withHeader("Retry-After", "0"),
                Answer.json(200, LoopbackServer.resource("todo-200.json")));

        ApiException error = assertThrows(ApiException.class, () -> todo(mode, api, "todo-1"));

        assertEquals(429, error.statusCode());
        assertEquals(1, server.requests().size());
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aResponseSlowerThanTheRequestTimeoutBecomesAnApiExceptionWithTheTimeoutAsCause(Mode mode) {
        IncidentsApi api = new IncidentsApi(client().requestTimeout(Duration.ofMillis(300)).build());
        server.answerInTurn(TODO_PATH, Answer.json(200, LoopbackServer.resource("todo-200.json")).stalled());

        long start = System.nanoTime();
        ApiException error = assertThrows(ApiException.class, () -> todo(mode, api, "todo-1"));

        assertTrue(System.nanoTime() - start < Duration.ofSeconds(5).toNanos());
        assertEquals(0, error.statusCode());
        assertEquals("GetIncidentTodo (GET /api/v2/incidents/{incident_id}/relationships/todos/{todo_id}) timed out: "
                + "no complete response within PT0.3S", error.getMessage());
        assertInstanceOf(HttpTimeoutException.class, error.getCause());
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aResetConnectionBecomesAnApiExceptionWithTheIoFailureAsCause(Mode mode) throws IOException {
        try (ResetServer reset = new ResetServer()) {
            IncidentsApi api = new IncidentsApi(client().baseUrl(reset.baseUrl()).build());

            ApiException error = assertThrows(ApiException.class, () -> todo(mode, api, "todo-1"));

            assertEquals(0, error.statusCode());
            assertTrue(error.getMessage().startsWith("GetIncidentTodo (GET /api/v2/incidents/{incident_id}/relationships"
                    + "/todos/{todo_id}) lost the connection before a complete response arrived: "), error.getMessage());
            assertInstanceOf(IOException.class, error.getCause());
            assertTrue(reset.connections() >= 1);
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aRefusedConnectionBecomesAnApiExceptionNamingTheServer(Mode mode) throws IOException {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        IncidentsApi api = new IncidentsApi(client().baseUrl("http://127.0.0.1:" + closedPort).build());

        ApiException error = assertThrows(ApiException.class, () -> todo(mode, api, "todo-1"));

        assertEquals(0, error.statusCode());
        assertTrue(error.getMessage().contains(") could not connect to 127.0.0.1:" + closedPort), error.getMessage());
        assertInstanceOf(ConnectException.class, error.getCause());
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aMalformedJsonBodyBecomesAnApiExceptionWithTheRawBody(Mode mode) {
        IncidentsApi api = new IncidentsApi(client().build());
        String truncated = "{\"data\": {\"id\": \"todo-1\", \"attributes\": {";
        server.answer(TODO_PATH, 200, truncated);

        ApiException error = assertThrows(ApiException.class, () -> todo(mode, api, "todo-1"));

        assertEquals(200, error.statusCode());
        assertEquals(truncated, error.rawBody());
        assertTrue(error.getMessage().contains("returned a application/json body that is not valid JSON: "), error.getMessage());
        assertInstanceOf(IOException.class, error.getCause());
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aBodyOfTheWrongShapeIsRefusedWithItsRawTextEvenWhenTolerant(Mode mode) {
        IncidentsApi api = new IncidentsApi(client().build());
        server.answer(TODO_PATH, 200, "[\"not\", \"a todo\"]");

        ApiException error = assertThrows(ApiException.class, () -> todo(mode, api, "todo-1"));

        assertEquals(200, error.statusCode());
        assertEquals("[\"not\", \"a todo\"]", error.rawBody());
        assertEquals(List.of(""), error.deviations().stream().map(Deviation::pointer).toList());
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void anHtmlErrorPageBecomesAnApiExceptionQuotingThePage(Mode mode) {
        IncidentsApi api = new IncidentsApi(client().build());
        String page = "<html>\n<body><h1>502 Bad Gateway</h1></body>\n</html>";
        server.answerInTurn(TODO_PATH, Answer.of(502, "text/html; charset=utf-8", page.getBytes()));

        ApiException error = assertThrows(ApiException.class, () -> todo(mode, api, "todo-1"));

        assertEquals(502, error.statusCode());
        assertEquals(page, error.rawBody());
        assertTrue(error.errorBody().isEmpty());
        assertTrue(error.getMessage().endsWith("failed with status 502, text/html body: "
                + "\"<html> <body><h1>502 Bad Gateway</h1></body> </html>\""), error.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void anHtmlPageWhereTheSpecDeclaresAJsonErrorSaysSo(Mode mode) {
        IncidentsApi api = new IncidentsApi(client().build());
        server.answerInTurn(TODO_PATH, Answer.of(404, "text/html", "<h1>Not Found</h1>".getBytes()));

        ApiException error = assertThrows(ApiException.class, () -> todo(mode, api, "todo-1"));

        assertEquals(404, error.statusCode());
        assertTrue(error.errorBody().isEmpty());
        assertTrue(error.getMessage().contains("the body is not the JSON error the spec declares"), error.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void notFoundCarriesTheParsedApiErrorResponse(Mode mode) {
        IncidentsApi api = new IncidentsApi(client().build());
        server.answer(TODO_PATH, 404, LoopbackServer.resource("error-404.json"));

        ApiException error = assertThrows(ApiException.class, () -> todo(mode, api, "todo-1"));

        assertEquals(404, error.statusCode());
        assertEquals(List.of("Bad Request"), error.errorBody(APIErrorResponse.class).orElseThrow().getErrors());
        assertEquals("application/json", error.headers().firstValue("Content-Type").orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aPathParameterFullOfSeparatorsArrivesAsOneEncodedSegment(Mode mode) {
        IncidentsApi api = new IncidentsApi(client().build());
        String encoded = "a%2F..%2F..%2Fadmin%3Fx%3D1%23frag%20%C3%A9";
        server.answer("/api/v2/incidents/" + INCIDENT + "/relationships/todos/" + encoded, 200,
                LoopbackServer.resource("todo-200.json"));
        server.answer("/api/v2/incidents/" + INCIDENT + "/relationships/todos/%2E%2E", 200,
                LoopbackServer.resource("todo-200.json"));

        todo(mode, api, "a/../../admin?x=1#frag é");
        todo(mode, api, "..");

        assertEquals("/api/v2/incidents/" + INCIDENT + "/relationships/todos/" + encoded, server.requests().get(0).rawPath());
        assertNull(server.requests().get(0).rawQuery());
        assertEquals("/api/v2/incidents/" + INCIDENT + "/relationships/todos/%2E%2E", server.requests().get(1).rawPath());
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void anUnstableOperationIsRefusedUntilEnabledByName(Mode mode) {
        IncidentsApi disabled = new IncidentsApi(ApiClient.builder(Map.<String, String>of()::get)
                .baseUrl(server.baseUrl()).apiKeyAuth(API_KEY).appKeyAuth(APP_KEY).build());
        server.answer(TODO_PATH, 200, LoopbackServer.resource("todo-200.json"));

        ApiException error = assertThrows(ApiException.class, () -> todo(mode, disabled, "todo-1"));

        assertEquals("GetIncidentTodo (GET /api/v2/incidents/{incident_id}/relationships/todos/{todo_id}) is an unstable "
                + "operation (x-unstable) and is disabled; enable it with "
                + "ApiClient.builder().enableUnstableOperations(\"GetIncidentTodo\")", error.getMessage());
        assertTrue(server.requests().isEmpty());

        IncidentsApi enabled = new IncidentsApi(ApiClient.builder(Map.<String, String>of()::get)
                .baseUrl(server.baseUrl()).apiKeyAuth(API_KEY).appKeyAuth(APP_KEY)
                .enableUnstableOperations("GetIncidentTodo").build());
        assertEquals("Restore lost data.", todo(mode, enabled, "todo-1").getData().getAttributes().getContent());
    }

    @Test
    void enablingAnOperationThatIsNotUnstableIsRefused() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ApiClient.builder().enableUnstableOperations("getIncidentTodo"));

        assertEquals("'getIncidentTodo' is not an unstable operation of this API; unstable: "
                + "[GetIncidentIntegration, GetIncidentNotificationTemplate, GetIncidentTodo]", error.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void credentialsDefaultToTheEnvironmentVariablesTheSpecNames(Mode mode) {
        Map<String, String> environment = Map.of("DD_API_KEY", "env-api-key", "DD_APP_KEY", "env-app-key");
        IncidentsApi api = new IncidentsApi(ApiClient.builder(environment::get).baseUrl(server.baseUrl())
                .enableUnstableOperations("GetIncidentTodo").build());
        server.answer(TODO_PATH, 200, LoopbackServer.resource("todo-200.json"));

        todo(mode, api, "todo-1");

        assertEquals("env-api-key", server.requests().get(0).header("DD-API-KEY"));
        assertEquals("env-app-key", server.requests().get(0).header("DD-APPLICATION-KEY"));
    }

    @Test
    void anExplicitCredentialReplacesTheEnvironmentDefault() {
        Map<String, String> environment = Map.of("DD_API_KEY", "env-api-key", "DD_APP_KEY", "env-app-key");
        IncidentsApi api = new IncidentsApi(ApiClient.builder(environment::get).baseUrl(server.baseUrl())
                .apiKeyAuth("explicit-key").enableUnstableOperations("GetIncidentTodo").build());
        server.answer(TODO_PATH, 200, LoopbackServer.resource("todo-200.json"));

        api.getIncidentTodo(INCIDENT, "todo-1");

        assertEquals("explicit-key", server.requests().get(0).header("DD-API-KEY"));
        assertEquals("env-app-key", server.requests().get(0).header("DD-APPLICATION-KEY"));
    }

    @Test
    void aSiteOutsideTheSpecsEnumIsRefused() {
        ApiClient.Builder builder = ApiClient.builder(Map.<String, String>of()::get);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> builder.serverVariable("site", "datadoghq.evil.example"));

        assertEquals("'datadoghq.evil.example' is not an allowed value of server variable 'site'; allowed: "
                + "[datadoghq.com, us3.datadoghq.com, us5.datadoghq.com, ap1.datadoghq.com, ap2.datadoghq.com, "
                + "datadoghq.eu, ddog-gov.com]", error.getMessage());
    }

    @Test
    void theSiteVariablePicksTheBaseUrl() {
        assertEquals("https://api.datadoghq.com", ApiClient.builder(Map.<String, String>of()::get).build().baseUrl());
        assertEquals("https://api.datadoghq.eu", ApiClient.builder(Map.<String, String>of()::get)
                .serverVariable("site", "datadoghq.eu").build().baseUrl());
        assertEquals("http://127.0.0.1:8126", ApiClient.builder(Map.<String, String>of()::get).server(1)
                .serverVariable("protocol", "http").serverVariable("name", "127.0.0.1:8126").build().baseUrl());
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void gzipResponsesAreAskedForAndDecoded(Mode mode) {
        IncidentsApi api = new IncidentsApi(client().build());
        server.answerInTurn(TODO_PATH, Answer.json(200, LoopbackServer.resource("todo-200.json")).gzipped());

        IncidentTodoResponse todo = todo(mode, api, "todo-1");

        assertEquals("Restore lost data.", todo.getData().getAttributes().getContent());
        assertEquals("gzip", server.requests().get(0).header("Accept-Encoding"));
    }

    @Test
    void theUserAgentNamesTheClientItsVersionAndJava() {
        IncidentsApi api = new IncidentsApi(client().build());
        server.answer(TODO_PATH, 200, LoopbackServer.resource("todo-200.json"));

        api.getIncidentTodo(INCIDENT, "todo-1");

        String userAgent = server.requests().get(0).header("User-Agent");
        assertEquals(ApiClient.USER_AGENT, userAgent);
        assertTrue(userAgent.matches("datadog-api-v2-collection-java-client/1\\.0 oasis/\\S+ java/\\d+"), userAgent);
    }

    @Test
    void secretsNeverAppearInMessagesOrToString() throws IOException {
        List<Throwable> failures = new ArrayList<>();
        IncidentsApi api = new IncidentsApi(client().requestTimeout(Duration.ofMillis(300)).build());
        server.answer("/api/v2/incidents/" + INCIDENT + "/relationships/todos/echo", 403,
                "{\"errors\":[\"key " + API_KEY + " and " + APP_KEY + " are not allowed\"]}");
        server.answer("/api/v2/incidents/" + INCIDENT + "/relationships/todos/malformed", 200, "{\"" + API_KEY);
        server.answerInTurn("/api/v2/incidents/" + INCIDENT + "/relationships/todos/slow", Answer.json(200, "{}").stalled());
        for (String todo : List.of("echo", "malformed", "slow")) {
            failures.add(assertThrows(ApiException.class, () -> api.getIncidentTodo(INCIDENT, todo)));
        }
        failures.add(assertInstanceOf(ApiException.class, assertThrows(CompletionException.class,
                () -> new IncidentsApi(client().build()).getIncidentTodoAsync(INCIDENT, "echo").join()).getCause()));
        try (ResetServer reset = new ResetServer()) {
            failures.add(assertThrows(ApiException.class,
                    () -> new IncidentsApi(client().baseUrl(reset.baseUrl()).build()).getIncidentTodo(INCIDENT, "x")));
        }
        ApiClient disabled = ApiClient.builder(Map.<String, String>of()::get).baseUrl(server.baseUrl())
                .apiKeyAuth(API_KEY).appKeyAuth(APP_KEY).build();
        failures.add(assertThrows(ApiException.class, () -> new IncidentsApi(disabled).getIncidentTodo(INCIDENT, "x")));

        THROWN.addAll(failures);
        List<String> texts = new ArrayList<>(List.of(client().build().toString(), disabled.toString()));
        for (Throwable failure : failures) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                texts.add(String.valueOf(t.getMessage()));
                texts.add(t.toString());
            }
        }
        assertEquals(6, failures.size());
        for (String text : texts) {
            assertFalse(text.contains(API_KEY) || text.contains(APP_KEY), text);
        }
        assertTrue(texts.stream().anyMatch(text -> text.contains("key **** and **** are not allowed")), texts::toString);
    }

    private ApiClient.Builder client() {
        return ApiClient.builder(Map.<String, String>of()::get)
                .baseUrl(server.baseUrl())
                .apiKeyAuth(API_KEY)
                .appKeyAuth(APP_KEY)
                .enableUnstableOperations(ApiClient.UNSTABLE_OPERATIONS.toArray(String[]::new))
                .retryPolicy(RetryPolicy.none());
    }

    private static IncidentTodoResponse todo(Mode mode, IncidentsApi api, String todoId) {
        return call(mode, () -> api.getIncidentTodo(INCIDENT, todoId), () -> api.getIncidentTodoAsync(INCIDENT, todoId));
    }

    /** Calls blocking, or async and waits, rethrowing the failure the future carries as it is; records every failure. */
    static <T> T call(Mode mode, Supplier<T> blocking, Supplier<CompletableFuture<T>> async) {
        try {
            if (mode == Mode.BLOCKING) {
                return blocking.get();
            }
            try {
                return async.get().join();
            } catch (CompletionException e) {
                THROWN.add(e);
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw e;
            }
        } catch (RuntimeException e) {
            THROWN.add(e);
            throw e;
        }
    }
}
