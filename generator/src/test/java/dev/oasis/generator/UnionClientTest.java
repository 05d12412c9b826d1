package dev.oasis.generator;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.oasis.generator.GeneratedClasses.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The two payloads that read as {@code Unknown} before every branch was proven reachable, written
 * as fixtures of their own ({@code fixtures/openapi31.yaml}), read through the generated client,
 * blocking and async, as their branches and without a deviation: a list of numbers in a union whose
 * list of strings is tested first, and bodies without the optional property that tells the branches
 * apart. A value that breaks a pattern is a deviation, which strict reading refuses.
 */
class UnionClientTest {

    private static final Path SPEC = RepositoryFiles.root().resolve("generator/src/test/resources/fixtures/openapi31.yaml");
    private static final AtomicReference<String> ANSWER = new AtomicReference<>();

    private static GeneratedClasses classes;
    private static HttpServer server;

    @BeforeAll
    static void generateCompileAndServe() throws IOException {
        Compilation compilation = GeneratedSources.compile(GeneratedSources.render(SPEC, "shop"));
        assertThat(compilation).succeededWithoutWarnings();
        classes = new GeneratedClasses(compilation);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] body = ANSWER.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void aListOfNumbersIsReadAsTheNumberListThoughTheStringListIsTestedFirst() {
        ANSWER.set("[1, 2.4]");

        Object response = call(api("TOLERANT"), "getValueWithHttpInfo");
        Object async = ((CompletableFuture<?>) call(api("TOLERANT"), "getValueAsync")).join();

        Object value = call(response, "body");
        assertEquals("ListValue4", value.getClass().getSimpleName());
        assertEquals(List.of(BigDecimal.ONE, new BigDecimal("2.4")), call(value, "value"));
        assertEquals(List.of(), call(response, "deviations"));
        assertEquals(value, async);
    }

    @Test
    void aBodyWithoutTheOptionalDiscriminatorIsReadAsTheOneBranchItFits() {
        for (String[] answer : new String[][] {
                {"{\"name\":\"r\",\"compliance\":true}", "CloudRuleVariant"},
                {"{\"name\":\"r\",\"queries\":[{\"ruleId\":\"sig-1\"}]}", "SignalRuleVariant"},
                {"{\"name\":\"r\",\"queries\":[{\"query\":\"q\"}]}", "StandardRuleVariant"},
                {"{\"name\":\"r\",\"type\":\"signal_correlation\",\"queries\":[]}", "SignalRuleVariant"}}) {
            ANSWER.set(answer[0]);

            Object response = call(api("TOLERANT"), "createRuleWithHttpInfo", body());
            Object async = ((CompletableFuture<?>) call(api("TOLERANT"), "createRuleAsync", body())).join();

            assertEquals(answer[1], call(response, "body").getClass().getSimpleName(), answer[0]);
            assertEquals(List.of(), call(response, "deviations"), answer[0]);
            assertEquals(call(response, "body"), async, answer[0]);
        }
    }

    @Test
    void aPatternViolationIsADeviationAtItsPointerAndStrictReadingRefusesIt() {
        ANSWER.set("{\"name\":\"r\",\"type\":\"signal_correlation\",\"queries\":[{\"ruleId\":\"rule-1\"}]}");

        Object response = call(api("TOLERANT"), "createRuleWithHttpInfo", body());
        RuntimeException refused = assertThrows(RuntimeException.class, () -> call(api("STRICT"), "createRule", body()));
        CompletionException refusedAsync = assertThrows(CompletionException.class,
                () -> ((CompletableFuture<?>) call(api("STRICT"), "createRuleAsync", body())).join());

        assertEquals("SignalRuleVariant", call(response, "body").getClass().getSimpleName());
        assertEquals("[/queries/0/ruleId: does not match the pattern ^sig-[0-9]+$]", call(response, "deviations").toString());
        assertEquals("shop.ApiException", refused.getClass().getName());
        assertEquals("[/queries/0/ruleId: does not match the pattern ^sig-[0-9]+$]", call(refused, "deviations").toString());
        assertEquals("shop.ApiException", refusedAsync.getCause().getClass().getName());
    }

    private static Object api(String readMode) {
        Class<?> clientType = classes.type("shop.ApiClient");
        Object builder = call(clientType, "builder");
        call(builder, "baseUrl", "http://127.0.0.1:" + server.getAddress().getPort());
        call(builder, "readMode", call(classes.type("shop.ReadMode"), "valueOf", readMode));
        try {
            return classes.type("shop.api.DefaultApi").getConstructor(clientType).newInstance(call(builder, "build"));
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static Object body() {
        Object builder = call(classes.type("shop.model.CloudRule"), "builder");
        call(builder, "name", "r");
        call(builder, "compliance", true);
        Object rule = call(builder, "build");
        try {
            return classes.type("shop.model.RulePayload$CloudRuleVariant").getConstructors()[0].newInstance(rule);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
