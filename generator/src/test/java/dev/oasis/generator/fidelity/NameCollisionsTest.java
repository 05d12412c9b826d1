package dev.oasis.generator.fidelity;

import static dev.oasis.generator.fidelity.CompiledFixture.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A spec whose names collide with every name the generator gives out itself (fixtures/collisions.yaml)
 * compiles without warnings, and its client calls, sends and reads as any other.
 */
class NameCollisionsTest {

    private static final String TODOS_JSON =
            "{\"builder\":\"b\",\"additionalProperties\":\"a\",\"codec\":\"c\",\"toBuilder\":\"t\",\"extra\":1}";

    private static CompiledFixture fixture;
    private HttpServer server;
    private final List<String> requests = new ArrayList<>();

    @BeforeAll
    static void generate() {
        fixture = CompiledFixture.of("collisions.yaml");
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/todos", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " body=" + exchange.getRequestHeaders().getFirst("body")
                + " key=" + exchange.getRequestHeaders().getFirst("X-Key"));
        byte[] answer = exchange.getRequestMethod().equals("GET") ? TODOS_JSON.getBytes(StandardCharsets.UTF_8) : body;
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }

    @Test
    void schemasNamedLikeTheRuntimeOrTheNestedBuilderGetASuffix() {
        for (String name : List.of("ApiClientModel", "ApiExceptionModel", "CodecsModel", "JsonNullableModel", "BuilderModel")) {
            assertEquals(name, fixture.type(name).getSimpleName());
        }
        assertEquals("ListTodosOptions", fixture.type("ListTodosOptions").getSimpleName());
    }

    @Test
    void operationsWhoseNamesMeetGetWholeFamiliesOfFreeNames() {
        List<String> methods = Arrays.stream(fixture.generated("api.TodosApi").getDeclaredMethods()).map(Method::getName)
                .distinct().sorted().toList();

        assertEquals(List.of("listTodos", "listTodos2", "listTodos2Async", "listTodos2Request", "listTodos2WithHttpInfo",
                "listTodos2WithHttpInfoAsync", "listTodosAsync", "listTodosAsync2", "listTodosAsync2Async",
                "listTodosAsync2Request", "listTodosAsync2WithHttpInfo", "listTodosAsync2WithHttpInfoAsync",
                "listTodosRequest", "listTodosWithHttpInfo", "listTodosWithHttpInfoAsync", "withOptions"), methods);
    }

    @Test
    void theClientSendsParametersNamedLikeItsOwnAndReadsPropertiesNamedLikeModelMembers() throws Exception {
        Object todos = todosApi();
        Object options = fixture.generated("api.TodosApi$ListTodosOptions").getConstructor().newInstance();
        call(options, "limit", 5L);
        call(options, "options", "o");
        call(options, "body", "h");

        Object read = call(todos, "listTodos", options);

        assertEquals(fixture.type("ListTodosOptions"), read.getClass());
        assertEquals(List.of("b", "a", "c", "t"), List.of(call(read, "getBuilderValue"), call(read, "getAdditionalPropertiesValue"),
                call(read, "getCodecValue"), call(read, "getToBuilderValue")));
        assertTrue(((java.util.Map<?, ?>) call(read, "getAdditionalProperties")).containsKey("extra"));
        assertEquals(List.of("GET /todos?limit=5&options=o body=h key=secret"), requests);
    }

    @Test
    void aBodyWhoseSchemaIsNamedBuilderRoundTrips() throws Exception {
        Object todos = todosApi();
        Object options = fixture.callStatic("ListTodosOptions", "builder");
        Object nested = call(call(options, "codecValue", "c"), "build");
        Object builder = fixture.callStatic("BuilderModel", "builder");
        call(builder, "builderValue", "b");
        call(builder, "options", nested);
        Object body = call(builder, "build");

        Object echoed = call(todos, "listTodos2", body);

        assertEquals(body, echoed);
        assertEquals("{\"builder\":\"b\",\"options\":{\"codec\":\"c\"}}", fixture.write("BuilderModel", body));
    }

    private Object todosApi() throws ReflectiveOperationException {
        Class<?> apiClient = fixture.generated("ApiClient");
        Function<String, String> noEnvironment = name -> null;
        Object builder = apiClient.getMethod("builder", Function.class).invoke(null, noEnvironment);
        call(builder, "baseUrl", "http://127.0.0.1:" + server.getAddress().getPort());
        call(builder, "baseUrl2", "secret");
        Object client = call(builder, "build");
        return fixture.generated("api.TodosApi").getConstructor(apiClient).newInstance(client);
    }
}
