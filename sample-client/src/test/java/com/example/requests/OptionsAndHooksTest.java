package com.example.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.incidents.LoopbackServer;
import com.example.incidents.LoopbackServer.Answer;
import com.example.incidents.LoopbackServer.Seen;
import com.example.requests.api.FilesApi;
import com.example.requests.api.PetsApi;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Per-request options (headers, timeout, idempotency key), request and response interceptors and
 * token suppliers on the client builder, seen on the wire; none of them lets a secret into a message.
 */
class OptionsAndHooksTest {

    private static final String PETS = "{\"data\":[{\"name\":\"a\"}]}";

    private LoopbackServer server;

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void perRequestHeadersGoWithTheCallsMadeThroughTheOptionsAndNoOthers() {
        server.answer("/pets", 200, PETS);
        PetsApi api = new PetsApi(client().build());

        api.withOptions(RequestOptions.builder().header("X-Request-Id", "r-1").header("User-Agent", "custom/1").build()).listPets();
        api.listPets();

        assertEquals("r-1", server.requests().get(0).header("X-Request-Id"));
        assertEquals("custom/1", server.requests().get(0).header("User-Agent"), "an option's header replaces the client's");
        assertNull(server.requests().get(1).header("X-Request-Id"));
        assertTrue(server.requests().get(1).header("User-Agent").startsWith("requests-fixture-java-client/"));
    }

    @Test
    void aPerRequestTimeoutReplacesTheClientsOne() {
        server.answerInTurn("/pets", Answer.json(200, PETS).stalled());
        PetsApi api = new PetsApi(client().requestTimeout(Duration.ofSeconds(30)).build());
        long start = System.nanoTime();

        ApiException error = assertThrows(ApiException.class,
                () -> api.withOptions(RequestOptions.builder().timeout(Duration.ofMillis(300)).build()).listPets());

        assertEquals("listPets (GET /pets) timed out: no complete response within PT0.3S", error.getMessage());
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(10).toNanos());
    }

    @Test
    void anIdempotencyKeyIsSentAndLetsAPostBeRetried() {
        server.answerInTurn("/forms", Answer.of(503, "text/plain", new byte[0]), Answer.of(204, "text/plain", new byte[0]));
        ApiClient client = client().retryPolicy(RetryPolicy.builder().initialDelay(Duration.ZERO).build()).build();

        new FilesApi(client.withOptions(RequestOptions.builder().idempotencyKey("order-42").build())).submitForm("x");
        assertEquals(2, server.requests().size());
        assertEquals(List.of("order-42", "order-42"), server.requests().stream().map(seen -> seen.header("Idempotency-Key")).toList());

        server.answerInTurn("/forms", Answer.of(503, "text/plain", new byte[0]), Answer.of(204, "text/plain", new byte[0]));
        assertThrows(ApiException.class, () -> new FilesApi(client).submitForm("x"));
        assertEquals(3, server.requests().size(), "without a key, a POST is not retried");
    }

    @Test
    void aRequestInterceptorSignsTheMethodPathAndBodyBytesOfEveryAttempt() {
        server.answerInTurn("/forms", Answer.of(503, "text/plain", new byte[0]), Answer.of(204, "text/plain", new byte[0]));
        List<Integer> attempts = new CopyOnWriteArrayList<>();
        List<String> authorizations = new CopyOnWriteArrayList<>();
        FilesApi api = new FilesApi(client().retryPolicy(RetryPolicy.builder().initialDelay(Duration.ZERO).retryNonIdempotent(true).build())
                .requestInterceptor(request -> {
                    attempts.add(request.attempt());
                    authorizations.add(request.header("authorization").orElse(""));
                    request.setHeader("X-Signature", sign(request.method() + " " + request.uri().getRawPath() + "\n"
                            + new String(request.body().orElseThrow(), StandardCharsets.UTF_8)));
                })
                .build());

        api.submitForm("signed body");

        assertEquals(List.of(1, 2), attempts);
        assertEquals(List.of("Bearer token", "Bearer token"), authorizations, "interceptors see the credentials");
        for (Seen seen : server.requests()) {
            assertEquals(sign("POST /forms\n" + new String(seen.body(), StandardCharsets.UTF_8)), seen.header("X-Signature"));
        }
    }

    @Test
    void aResponseInterceptorSeesEveryAttemptsStatus() {
        server.answerInTurn("/pets", Answer.json(503, "{}"), Answer.json(200, PETS));
        List<String> seen = new CopyOnWriteArrayList<>();
        PetsApi api = new PetsApi(client().retryPolicy(RetryPolicy.builder().initialDelay(Duration.ZERO).build())
                .responseInterceptor((request, response) -> seen.add(request.operationId() + " " + request.attempt() + " "
                        + response.statusCode() + (response.elapsed().isNegative() ? " negative" : "")))
                .build());

        api.listPets();

        assertEquals(List.of("listPets 1 503", "listPets 2 200"), seen);
    }

    @Test
    void anInterceptorsExceptionFailsTheCallWithoutItsMessage() {
        server.answer("/pets", 200, PETS);
        PetsApi api = new PetsApi(client().requestInterceptor(request -> {
            throw new IllegalStateException("signing key s3cr3t-key is invalid for " + request.header("Authorization").orElse(""));
        }).build());

        ApiException error = assertThrows(ApiException.class, api::listPets);

        assertEquals("listPets (GET /pets) a request interceptor failed with java.lang.IllegalStateException"
                + " (its message is withheld, as it may hold a secret)", error.getMessage());
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        assertFalse(trace.toString().contains("s3cr3t-key"), trace::toString);
        assertFalse(trace.toString().contains("Bearer token"), trace::toString);
        assertTrue(trace.toString().contains(OptionsAndHooksTest.class.getName()), "the interceptor's stack trace is kept");
        assertEquals(List.of(), server.requests());
    }

    @Test
    void aRefusedTokenIsRefreshedOnceAndTheCallSentAgain() {
        server.handle("/pets", exchange -> {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            byte[] body = (authorization.equals("Bearer fresh-2") ? PETS : "{\"error\":\"bad token " + authorization + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(authorization.equals("Bearer fresh-2") ? 200 : 401, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        AtomicInteger issued = new AtomicInteger();
        List<Boolean> refreshes = new ArrayList<>();
        PetsApi api = new PetsApi(client().bearerAuth(refresh -> {
            refreshes.add(refresh);
            return "fresh-" + issued.incrementAndGet();
        }).build());

        assertEquals("a", api.listPets().getData().get(0).getName());
        assertEquals(List.of(false, true), refreshes);

        ApiException error = assertThrows(ApiException.class, api::listPets);
        assertEquals(401, error.statusCode());
        assertEquals(List.of(false, true, false, true), refreshes, "asked on every call; refreshed once per call");
        assertEquals("listPets (GET /pets) failed with status 401, application/json body: \"{\"error\":\"bad token Bearer ****\"}\"",
                error.getMessage());
        issued.set(0);
        refreshes.clear();
        assertEquals("a", api.listPetsAsync().join().getData().get(0).getName(), "async calls refresh the same way");
        assertEquals(List.of(false, true), refreshes);
    }

    private ApiClient.Builder client() {
        return ApiClient.builder(Map.<String, String>of()::get).baseUrl(server.baseUrl()).bearerAuth("token").retryPolicy(RetryPolicy.none());
    }

    private static String sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec("signing-key".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
