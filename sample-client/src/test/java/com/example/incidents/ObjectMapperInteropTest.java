package com.example.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.fixture.model.Item;
import com.example.fixture.model.Problem;
import com.example.incidents.json.CodecDeserializer;
import com.example.incidents.json.Deviation;
import com.example.incidents.json.JsonCodec;
import com.example.incidents.json.JsonInput;
import com.example.incidents.model.APIErrorResponse;
import com.example.incidents.model.IncidentIntegrationMetadataResponse;
import com.example.incidents.model.IncidentNotificationTemplate;
import com.example.incidents.model.IncidentTodoAssignee;
import com.example.incidents.model.IncidentTodoAttributes;
import com.example.incidents.model.IncidentTodoResponse;
import com.example.incidents.model.IncidentTodoType;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The team's own ObjectMapper, however it is configured, reads and writes every generated model,
 * enum and union exactly as the client's own codecs do: every body of the client's tests goes
 * through the mapper and must come out as the client writes it, and a model inside the team's own
 * classes (a controller's request body, a cached value) as well.
 */
class ObjectMapperInteropTest {

    private static final JsonFactory JSON = new JsonFactory();
    private static final ObjectMapper TREES = new ObjectMapper();

    /** The mappers a team may have: plain, with every module on the classpath, as Spring Boot builds it, and opinionated. */
    static Stream<Arguments> mappers() {
        return Stream.of(
                Arguments.of("new ObjectMapper()", new ObjectMapper()),
                Arguments.of("findAndRegisterModules()", new ObjectMapper().findAndRegisterModules()),
                Arguments.of("as Spring Boot configures it", JsonMapper.builder().addModule(new JavaTimeModule())
                        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                        .disable(MapperFeature.DEFAULT_VIEW_INCLUSION).build()),
                Arguments.of("upper camel case names, non-empty inclusion, failing on unknown properties", JsonMapper.builder().findAndAddModules()
                        .propertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
                        .serializationInclusion(JsonInclude.Include.NON_EMPTY)
                        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                        .enable(SerializationFeature.WRITE_DATES_WITH_ZONE_ID).build()));
    }

    /** Every body of the sample client's tests, with the codec that reads it. */
    static List<Body<?>> bodies() throws IOException {
        String todo = LoopbackServer.resource("todo-200.json");
        return List.of(
                Body.of("todo-200.json", IncidentTodoResponse.class, IncidentTodoResponse.CODEC, todo),
                Body.of("integration-200.json", IncidentIntegrationMetadataResponse.class,
                        IncidentIntegrationMetadataResponse.CODEC, LoopbackServer.resource("integration-200.json")),
                Body.of("notification-template-200.json", IncidentNotificationTemplate.class, IncidentNotificationTemplate.CODEC,
                        LoopbackServer.resource("notification-template-200.json")),
                Body.of("error-404.json", APIErrorResponse.class, APIErrorResponse.CODEC, LoopbackServer.resource("error-404.json")),
                Body.of("todo with an unknown enum value, an undeclared property, an explicit null and a text assignee",
                        IncidentTodoResponse.class, IncidentTodoResponse.CODEC, edit(todo, data -> {
                            data.put("type", "incident_todos_v2").put("surprise", "kept");
                            data.withObjectProperty("attributes").putNull("completed").remove("due_date");
                            data.withObjectProperty("attributes").withArray("assignees").add("@jane");
                        })),
                Body.ofFixture("fixture item", Item.class, Item.CODEC, "{\"name\":\"bolt\",\"size\":3}"),
                Body.ofFixture("fixture problem", Problem.class, Problem.CODEC, "{\"title\":\"conflict\"}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mappers")
    void everyBodyReadsAndWritesAsTheClientDoes(String mapperName, ObjectMapper mapper) throws IOException {
        for (Body<?> body : bodies()) {
            assertSameAsClient(mapper, body);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mappers")
    void modelsInsideTheTeamsOwnClassesListsAndMapsAsTheClientWritesThem(String mapperName, ObjectMapper mapper) throws IOException {
        String todo = clientJson(IncidentTodoResponse.CODEC, LoopbackServer.resource("todo-200.json"));
        String json = "{\"todo\":" + todo + ",\"assignees\":[\"@jane\",{\"unexpected\":true}],"
                + "\"types\":{\"a\":\"incident_todos\",\"b\":\"incident_todos_v2\"},\"items\":[{\"name\":\"bolt\",\"size\":3}]}";

        Envelope envelope = mapper.readValue(json, Envelope.class);
        ResponseEntity<IncidentTodoResponse> entity = mapper.readValue("{\"status\":200,\"body\":" + todo + "}",
                new TypeReference<ResponseEntity<IncidentTodoResponse>>() { });

        assertEquals(json, mapper.writeValueAsString(envelope));
        assertInstanceOf(IncidentTodoAssignee.Handle.class, envelope.assignees.get(0));
        assertInstanceOf(IncidentTodoAssignee.Unknown.class, envelope.assignees.get(1), "a value no branch matches is kept");
        assertFalse(envelope.types.get("b").isKnown());
        assertEquals("{\"status\":200,\"body\":" + todo + "}", mapper.writeValueAsString(entity));
    }

    @Test
    void enumsNullablesAndUnionsAreWrittenAsValuesNotAsBeans() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        IncidentTodoAttributes attributes = IncidentTodoAttributes.builder().content("c").incidentId("i")
                .assignees(List.of(new IncidentTodoAssignee.Handle("@jane"))).completed(null).build();

        assertEquals("\"incident_todos\"", mapper.writeValueAsString(IncidentTodoType.INCIDENT_TODOS));
        assertEquals("\"incident_todos_v2\"", mapper.writeValueAsString(IncidentTodoType.of("incident_todos_v2")));
        assertEquals("\"@jane\"", mapper.writeValueAsString(new IncidentTodoAssignee.Handle("@jane")));
        assertEquals("{\"assignees\":[\"@jane\"],\"completed\":null,\"content\":\"c\",\"incident_id\":\"i\"}",
                mapper.writeValueAsString(attributes), "an explicit null is written, an absent value is not");
        IncidentTodoAttributes read = mapper.readValue("{\"content\":\"c\",\"incident_id\":\"i\",\"completed\":null}",
                IncidentTodoAttributes.class);
        assertTrue(read.getCompleted().isNull());
        assertFalse(read.getDueDate().isPresent());
    }

    @Test
    void theMapperReportsDeviationsWhereTheClientDoesWhenAsked() throws IOException {
        String body = LoopbackServer.resource("integration-200.json");
        List<Deviation> client = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(body)) {
            JsonInput.start(parser, client).read(IncidentIntegrationMetadataResponse.CODEC);
        }
        List<Deviation> mapper = new ArrayList<>();

        new ObjectMapper().readerFor(IncidentIntegrationMetadataResponse.class)
                .withAttribute(CodecDeserializer.DEVIATIONS, mapper).readValue(body);

        assertEquals(client, mapper);
        assertEquals(List.of("/data/attributes/status", "/included/0/attributes/uuid"), mapper.stream().map(Deviation::pointer).toList());
    }

    private static <T> void assertSameAsClient(ObjectMapper mapper, Body<T> body) throws IOException {
        T client = body.client().read(body.json());
        String clientJson = body.client().write(client);

        T read = mapper.readValue(body.json(), body.type());

        assertEquals(client, read, body.name());
        assertEquals(clientJson, mapper.writeValueAsString(read), body.name());
        assertEquals(clientJson, mapper.writeValueAsString(client), body.name());
        JavaType list = mapper.getTypeFactory().constructCollectionType(List.class, body.type());
        assertEquals("[" + clientJson + "]", mapper.writeValueAsString(mapper.readValue("[" + body.json() + "]", list)), body.name());
    }

    private static <T> T clientValue(JsonCodec<T> codec, String json) throws IOException {
        try (JsonParser parser = JSON.createParser(json)) {
            return JsonInput.start(parser, new ArrayList<>()).read(codec);
        }
    }

    private static <T> String clientJson(JsonCodec<T> codec, String json) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = JSON.createGenerator(out)) {
            codec.write(generator, clientValue(codec, json));
        }
        return out.toString();
    }

    private static String edit(String json, Consumer<ObjectNode> change) throws IOException {
        ObjectNode tree = (ObjectNode) TREES.readTree(json);
        change.accept(tree.withObjectProperty("data"));
        return tree.toString();
    }

    /**
     * A body of the client's tests.
     *
     * @param name what it is
     * @param type the generated type it reads as
     * @param json the body
     * @param client how the client reads and writes it
     * @param <T> the type
     */
    record Body<T>(String name, Class<T> type, String json, ClientSide<T> client) {

        static <T> Body<T> of(String name, Class<T> type, JsonCodec<T> codec, String json) {
            return new Body<>(name, type, json, new ClientSide<>() {
                @Override
                public T read(String text) throws IOException {
                    return clientValue(codec, text);
                }

                @Override
                public String write(T value) throws IOException {
                    StringWriter out = new StringWriter();
                    try (JsonGenerator generator = JSON.createGenerator(out)) {
                        codec.write(generator, value);
                    }
                    return out.toString();
                }
            });
        }

        /** A body of the runtime fixture's client, which has its own runtime. */
        static <T> Body<T> ofFixture(String name, Class<T> type, com.example.fixture.json.JsonCodec<T> codec, String json) {
            return new Body<>(name, type, json, new ClientSide<>() {
                @Override
                public T read(String text) throws IOException {
                    try (JsonParser parser = JSON.createParser(text)) {
                        return com.example.fixture.json.JsonInput.start(parser, new ArrayList<>()).read(codec);
                    }
                }

                @Override
                public String write(T value) throws IOException {
                    StringWriter out = new StringWriter();
                    try (JsonGenerator generator = JSON.createGenerator(out)) {
                        codec.write(generator, value);
                    }
                    return out.toString();
                }
            });
        }
    }

    /**
     * How a client reads and writes a body with its own codecs.
     *
     * @param <T> the type
     */
    interface ClientSide<T> {

        T read(String json) throws IOException;

        String write(T value) throws IOException;
    }

    /**
     * The team's own class holding generated values, as a controller's request body or a cached value
     * would; its names are explicit, as the mapper's naming strategy is free to rename the team's own.
     */
    public static final class Envelope {
        @JsonProperty("todo")
        public IncidentTodoResponse todo;
        @JsonProperty("assignees")
        public List<IncidentTodoAssignee> assignees;
        @JsonProperty("types")
        public Map<String, IncidentTodoType> types;
        @JsonProperty("items")
        public List<Item> items;
    }

    /**
     * A generic wrapper, as Spring's {@code ResponseEntity} wraps a body.
     *
     * @param status the status
     * @param body the body
     * @param <T> the body type
     */
    public record ResponseEntity<T>(@JsonProperty("status") int status, @JsonProperty("body") T body) {
    }
}
