package dev.oasis.generator.swagger;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.oasis.generator.GeneratedClasses.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.sun.net.httpserver.HttpServer;
import dev.oasis.generator.GeneratedClasses;
import dev.oasis.generator.GeneratedSources;
import dev.oasis.generator.RepositoryFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client generated from a Swagger 2.0 petstore (body, formData, query arrays, headers, path
 * parameters, apiKey, basic and OAuth2 security) compiles with {@code -Xlint:all} without a warning
 * and calls a loopback HTTP server as the Swagger 2.0 spec says.
 */
class SwaggerPetstoreClientTest {

    private static final Path PETSTORE = RepositoryFiles.root().resolve("generator/src/test/resources/fixtures/swagger/petstore.yaml");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static GeneratedClasses classes;
    private static HttpServer server;
    private static final List<Seen> SEEN = new CopyOnWriteArrayList<>();
    private static final Map<String, Answer> ANSWERS = new ConcurrentHashMap<>();

    private Object api;

    private record Seen(String method, String path, String query, String contentType, String apiKey, String authorization,
            String requestId, byte[] body) {
    }

    private record Answer(int status, String contentType, String body) {
    }

    @BeforeAll
    static void generateCompileAndServe() throws IOException {
        Compilation compilation = GeneratedSources.compile(GeneratedSources.render(PETSTORE, "petstore"));
        assertThat(compilation).succeededWithoutWarnings();
        classes = new GeneratedClasses(compilation);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            var headers = exchange.getRequestHeaders();
            SEEN.add(new Seen(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(), exchange.getRequestURI().getRawQuery(),
                    headers.getFirst("Content-Type"), headers.getFirst("X-Api-Key"), headers.getFirst("Authorization"),
                    headers.getFirst("X-Request-Id"), exchange.getRequestBody().readAllBytes()));
            Answer answer = ANSWERS.getOrDefault(exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath(),
                    new Answer(500, "text/plain", "no answer"));
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", answer.contentType());
            exchange.sendResponseHeaders(answer.status(), answer.status() == 204 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer.status() == 204 ? new byte[0] : body);
            }
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @BeforeEach
    void client() throws ReflectiveOperationException {
        SEEN.clear();
        ANSWERS.clear();
        Class<?> clientType = classes.type("petstore.ApiClient");
        Object builder = call(clientType, "builder");
        call(builder, "baseUrl", "http://127.0.0.1:" + server.getAddress().getPort() + "/v2");
        call(builder, "apiKey", "k-123");
        call(builder, "basic", "ann", "s3cret");
        call(builder, "petstoreAuth", "token-9");
        api = classes.type("petstore.api.PetApi").getConstructor(clientType).newInstance(call(builder, "build"));
    }

    @Test
    void aBodyParameterIsSentAsJsonAndTheDiscriminatorPicksTheSubtype() throws IOException {
        ANSWERS.put("POST /v2/pets", new Answer(201, "application/json", "{\"id\": 7, \"name\": \"Rex\", \"kind\": \"Dog\", \"barks\": true}"));
        Object newPet = call(call(call(call(classes.type("petstore.model.NewPet"), "builder"), "name", "Rex"), "kind",
                call(classes.type("petstore.model.NewPetKind"), "of", "Dog")), "build");

        Object pet = call(api, "addPet", newPet);

        assertEquals("petstore.model.Dog", pet.getClass().getName());
        assertEquals(Boolean.TRUE, call(pet, "getBarks"));
        Seen seen = SEEN.get(0);
        assertEquals("application/json", seen.contentType());
        assertEquals(JSON.readTree("{\"name\": \"Rex\", \"kind\": \"Dog\"}"), JSON.readTree(seen.body()));
        assertEquals("k-123", seen.apiKey());
    }

    @Test
    void queryArraysFollowTheirCollectionFormat() throws ReflectiveOperationException {
        ANSWERS.put("GET /v2/pets", new Answer(200, "application/json", "[{\"id\": 8, \"name\": \"Tom\", \"kind\": \"Cat\", \"lives\": 9}]"));
        Class<?> status = classes.type("petstore.model.FindPetsStatusParameterItem");
        Object options = classes.type("petstore.api.PetApi$FindPetsOptions").getConstructor().newInstance();
        call(options, "status", List.of(call(status, "of", "available"), call(status, "of", "sold")));
        call(options, "tags", List.of("a b", "c"));
        call(options, "limit", 5);

        List<?> pets = (List<?>) call(api, "findPets", options);

        assertEquals("petstore.model.Cat", pets.get(0).getClass().getName());
        assertEquals("status=available,sold&tags=a%20b&tags=c&limit=5", SEEN.get(0).query());
    }

    @Test
    void pathAndHeaderParametersTravelAndAReferencedErrorResponseIsParsed() throws ReflectiveOperationException {
        ANSWERS.put("GET /v2/pets/7", new Answer(404, "application/json", "{\"code\": 404, \"message\": \"no pet 7\"}"));
        Object options = classes.type("petstore.api.PetApi$GetPetByIdOptions").getConstructor().newInstance();
        call(options, "xRequestId", "r-1");

        RuntimeException failure = assertThrows(RuntimeException.class, () -> call(api, "getPetById", 7L, options));

        assertEquals("petstore.ApiException", failure.getClass().getName());
        assertEquals(404, call(failure, "statusCode"));
        Object error = ((Optional<?>) call(failure, "errorBody")).orElseThrow();
        assertEquals("no pet 7", call(error, "getMessage"));
        assertEquals("r-1", SEEN.get(0).requestId());
    }

    @Test
    void formDataIsSentUrlEncodedAndAFileFormAsMultipart() throws ReflectiveOperationException {
        ANSWERS.put("POST /v2/pets/7", new Answer(200, "application/json", "{\"id\": 7, \"name\": \"Max\", \"kind\": \"Dog\"}"));
        ANSWERS.put("POST /v2/pets/7/photo", new Answer(200, "text/plain", "photo-7.png"));
        Object formOptions = classes.type("petstore.api.PetApi$UpdatePetWithFormOptions").getConstructor().newInstance();
        call(formOptions, "status", "sold out");
        Object photoOptions = classes.type("petstore.api.PetApi$UploadPhotoOptions").getConstructor().newInstance();
        call(photoOptions, "caption", "Max");
        Object photo = call(classes.type("petstore.FilePart"), "of", new byte[] {1, 2, 3}, "max.png", "image/png");

        call(api, "updatePetWithForm", 7L, "Max", formOptions);
        Object stored = call(api, "uploadPhoto", 7L, photo, photoOptions);

        assertEquals("application/x-www-form-urlencoded", SEEN.get(0).contentType());
        assertEquals("name=Max&status=sold%20out", new String(SEEN.get(0).body(), StandardCharsets.UTF_8));
        assertEquals("photo-7.png", stored);
        String contentType = SEEN.get(1).contentType();
        assertTrue(contentType.startsWith("multipart/form-data; boundary="), contentType);
        String boundary = contentType.substring(contentType.indexOf('=') + 1);
        assertEquals("--" + boundary + "\r\nContent-Disposition: form-data; name=\"caption\"\r\n\r\nMax\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"max.png\"\r\nContent-Type: image/png\r\n\r\n\u0001\u0002\u0003\r\n--"
                + boundary + "--\r\n", new String(SEEN.get(1).body(), StandardCharsets.ISO_8859_1));
        String basic = Base64.getEncoder().encodeToString("ann:s3cret".getBytes(StandardCharsets.UTF_8));
        assertEquals("Basic " + basic, SEEN.get(1).authorization());
    }

    @Test
    void anOperationsOwnSecurityReplacesTheDocumentsOne() {
        ANSWERS.put("DELETE /v2/pets/7", new Answer(204, "application/json", ""));

        call(api, "deletePet", 7L);

        assertEquals("Bearer token-9", SEEN.get(0).authorization());
        assertEquals(null, SEEN.get(0).apiKey());
    }
}
