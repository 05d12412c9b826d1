package dev.oasis.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import dev.oasis.runtime.json.Codecs;
import dev.oasis.runtime.json.Deviation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client core on its own, against a loopback server: settings from the builder, sending,
 * retrying, reading (gzip, deviations, strict mode) and failing with {@link ApiException}.
 */
class RequestExecutorTest {

    /** The smallest generated-style builder: no security schemes. */
    private static final class Builder extends ClientBuilder<Builder> {

        Builder(ClientSpec spec) {
            super(spec, Map.<String, String>of()::get);
        }

        @Override
        protected Builder self() {
            return this;
        }
    }

    private static final ClientSpec SPEC = ClientSpec.builder("test-agent", ReadMode.TOLERANT)
            .server("https://{region}.example.test/v1").variable("region", "eu", "eu", "us")
            .unstableOperation("beta")
            .build();

    private HttpServer server;
    private final List<String> seen = new ArrayList<>();
    private final List<Answer> answers = new ArrayList<>();

    private record Answer(int status, String body, boolean gzip, String retryAfter) {
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " " + exchange.getRequestHeaders().getFirst("User-Agent"));
            Answer answer = answers.size() > 1 ? answers.remove(0) : answers.get(0);
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            if (answer.gzip()) {
                ByteArrayOutputStream zipped = new ByteArrayOutputStream();
                try (OutputStream out = new GZIPOutputStream(zipped)) {
                    out.write(body);
                }
                body = zipped.toByteArray();
                exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            }
            if (answer.retryAfter() != null) {
                exchange.getResponseHeaders().add("Retry-After", answer.retryAfter());
            }
            exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private Builder client() {
        return new Builder(SPEC).baseUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/")
                .retryPolicy(RetryPolicy.builder().initialDelay(java.time.Duration.ofMillis(1)).waiter(delay ->
                        java.util.concurrent.CompletableFuture.completedFuture(null)).build());
    }

    private static ApiRequest get(String operationId) {
        return ApiRequest.builder("GET", "/items/{id}", operationId)
                .parameter(ApiRequest.Location.PATH, "id", "a b", true, ApiRequest.Style.SIMPLE, false).build();
    }

    @Test
    void theBaseUrlComesFromTheSpecsServerAndItsVariables() {
        assertEquals("https://eu.example.test/v1", new Builder(SPEC).newExecutor().baseUrl());
        assertEquals("https://us.example.test/v1", new Builder(SPEC).serverVariable("region", "us").newExecutor().baseUrl());
        assertEquals("'mars' is not an allowed value of server variable 'region'; allowed: [eu, us]",
                assertThrows(IllegalArgumentException.class, () -> new Builder(SPEC).serverVariable("region", "mars")).getMessage());
    }

    @Test
    void aGzippedJsonBodyIsReadAfterRetryingAServerError() {
        answers.add(new Answer(503, "", false, "0"));
        answers.add(new Answer(200, "\"hello\"", true, null));

        ApiResponse<String> response = client().newExecutor().execute(get("op"), BodyReader.json(Codecs.STRING));

        assertEquals("hello", response.body());
        assertEquals(List.of("GET /items/a%20b test-agent", "GET /items/a%20b test-agent"), seen);
    }

    @Test
    void deviationsAreReportedInTolerantModeAndRefusedInStrictMode() {
        answers.add(new Answer(200, "[\"a\",2]", false, null));
        List<Deviation> heard = new ArrayList<>();
        BodyReader<List<String>> strings = BodyReader.json(Codecs.listOf(Codecs.STRING));

        ApiResponse<List<String>> tolerant = client().deviationListener((operationId, deviations) -> heard.addAll(deviations))
                .newExecutor().execute(get("op"), strings);
        ApiException strict = assertThrows(ApiException.class,
                () -> client().readMode(ReadMode.STRICT).newExecutor().execute(get("op"), strings));

        assertEquals("a", tolerant.body().get(0));
        assertEquals(List.of("/1"), tolerant.deviations().stream().map(Deviation::pointer).toList());
        assertEquals(tolerant.deviations(), heard);
        assertEquals(200, strict.statusCode());
    }

    @Test
    void anErrorStatusFailsWithTheRawBodyAsyncToo() {
        answers.add(new Answer(404, "{\"errors\":[\"no\"]}", false, null));
        RequestExecutor executor = client().newExecutor();

        ApiException blocking = assertThrows(ApiException.class, () -> executor.execute(get("op"), BodyReader.none()));
        CompletionException async = assertThrows(CompletionException.class,
                () -> executor.executeAsync(get("op"), BodyReader.none()).join());

        assertEquals(404, blocking.statusCode());
        assertEquals("{\"errors\":[\"no\"]}", blocking.rawBody());
        assertInstanceOf(ApiException.class, async.getCause());
    }

    @Test
    void unstableOperationsFailUntilEnabledAndTheDescriptionHasNoSecrets() {
        answers.add(new Answer(204, "", false, null));
        ApiRequest beta = ApiRequest.builder("GET", "/beta", "beta").unstable(true).build();

        assertThrows(ApiException.class, () -> client().newExecutor().execute(beta, BodyReader.none()));
        RequestExecutor enabled = client().enableUnstableOperations("beta").newExecutor();

        assertEquals(204, enabled.execute(beta, BodyReader.none()).statusCode());
        assertFalse(enabled.toString().contains("secret"));
        assertEquals("'gamma' is not an unstable operation of this API; unstable: [beta]",
                assertThrows(IllegalArgumentException.class, () -> client().enableUnstableOperations("gamma")).getMessage());
    }
}
