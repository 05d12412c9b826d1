package com.example.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.incidents.LoopbackServer;
import com.example.requests.api.PetsApi;
import com.example.requests.model.Pet;
import com.example.requests.model.PetSearch;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Paginated operations fetch lazily across pages (src/test/openapi/requests-fixture.yaml): by
 * offset, page number, cursor in the query or in the JSON body, and the Link header; the page size
 * is the caller's or the spec's default, and paging stops at a short page, at the last cursor or link.
 */
class PaginationTest {

    private static final List<String> PETS = List.of("a", "b", "c", "d", "e");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Map<String, String>> queries = new CopyOnWriteArrayList<>();
    private final List<JsonNode> bodies = new CopyOnWriteArrayList<>();
    private LoopbackServer server;
    private PetsApi api;

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackServer();
        api = new PetsApi(ApiClient.builder(Map.<String, String>of()::get).baseUrl(server.baseUrl()).bearerAuth("token")
                .retryPolicy(RetryPolicy.none()).build());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void offsetPagesAreFetchedOnlyWhenIteratedTo() {
        pages("/pets", query -> slice(number(query, "page[offset]", 0), number(query, "page[limit]", 10), null));

        Iterable<Pet> pets = api.listPetsWithPagination(new PetsApi.ListPetsOptions().kind("cat"));
        Iterator<Pet> iterator = pets.iterator();
        assertEquals(0, queries.size(), "nothing is sent before the first item is asked for");
        assertEquals("a", iterator.next().getName());
        assertEquals("b", iterator.next().getName());
        assertEquals(1, queries.size(), "the second page is not fetched before it is iterated to");
        assertEquals("c", iterator.next().getName());
        assertEquals(2, queries.size());
        List<String> rest = new ArrayList<>();
        iterator.forEachRemaining(pet -> rest.add(pet.getName()));

        assertEquals(List.of("d", "e"), rest);
        assertEquals(List.of(Map.of("kind", "cat", "page[limit]", "2"), Map.of("kind", "cat", "page[limit]", "2", "page[offset]", "2"),
                Map.of("kind", "cat", "page[limit]", "2", "page[offset]", "4")), queries, "the spec's default page size is sent");
    }

    @Test
    void theCallersPageSizeAndStartAreHonouredAndEachIterationStartsAgain() {
        pages("/pets", query -> slice(number(query, "page[offset]", 0), number(query, "page[limit]", 10), null));
        var pets = api.listPetsWithPagination(new PetsApi.ListPetsOptions().pageLimit(3L).pageOffset(1L));

        assertEquals(List.of("b", "c", "d", "e"), pets.stream().map(Pet::getName).toList());
        assertEquals(List.of("b", "c", "d", "e"), pets.stream().map(Pet::getName).toList());
        assertEquals(List.of("1", "4", "1", "4"), queries.stream().map(query -> query.get("page[offset]")).toList(),
                "a page of 1 item, fewer than 3, is the last");
    }

    @Test
    void numberedPagesStartAtTheSpecsFirstPage() {
        pages("/pets/numbered", query -> slice((number(query, "page[number]", 1) - 1) * number(query, "page[size]", 10),
                number(query, "page[size]", 10), null));

        assertEquals(PETS, api.listPetsByNumberWithPagination().stream().map(Pet::getName).toList());

        assertEquals(List.of("1", "2", "3"), queries.stream().map(query -> query.get("page[number]")).toList());
    }

    @Test
    void cursorPagesFollowTheCursorEachResponseNamesUntilItNamesNone() {
        pages("/pets/cursor", query -> {
            int start = query.containsKey("page[cursor]") ? Integer.parseInt(query.get("page[cursor]").substring(1)) : 0;
            int end = start + number(query, "page[limit]", 10);
            return slice(start, number(query, "page[limit]", 10), end < PETS.size() ? "c" + end : null);
        });

        assertEquals(PETS, api.listPetsByCursorWithPagination().stream().map(Pet::getName).toList());

        assertEquals(java.util.Arrays.asList(null, "c2", "c4"), queries.stream().map(query -> query.get("page[cursor]")).toList());
    }

    @Test
    void aCursorRepeatedByTheServerEndsThePagingInsteadOfLoopingForever() {
        pages("/pets/cursor", query -> slice(0, 2, "same"));

        assertEquals(List.of("a", "b", "a", "b"), api.listPetsByCursorWithPagination().stream().map(Pet::getName).toList());

        assertEquals(2, queries.size());
    }

    @Test
    void aCursorAndAPageSizeInTheJsonBodyAreSetInTheBodyTheCallerGave() {
        pages("/pets/search", query -> {
            JsonNode body = bodies.get(bodies.size() - 1);
            int start = body.path("page").has("cursor") ? Integer.parseInt(body.path("page").path("cursor").asText().substring(1)) : 0;
            int limit = body.path("page").path("limit").asInt(10);
            return slice(start, limit, start + limit < PETS.size() ? "c" + (start + limit) : null);
        });

        List<String> names = api.searchPetsWithPagination(PetSearch.builder().kind("dog").build()).stream().map(Pet::getName).toList();

        assertEquals(PETS, names);
        assertEquals(List.of("{\"kind\":\"dog\",\"page\":{\"limit\":2}}", "{\"kind\":\"dog\",\"page\":{\"limit\":2,\"cursor\":\"c2\"}}",
                "{\"kind\":\"dog\",\"page\":{\"limit\":2,\"cursor\":\"c4\"}}"), bodies.stream().map(JsonNode::toString).toList());
    }

    @Test
    void linkHeaderPagesFollowAbsoluteAndRelativeNextLinks() {
        server.handle("/pets/linked", exchange -> {
            Map<String, String> query = record(exchange);
            int page = number(query, "page", 1);
            String link = switch (page) {
                case 1 -> "<" + server.baseUrl() + "/pets/linked?page=2>; rel=\"next\", <" + server.baseUrl() + "/pets/linked?page=3>; rel=last";
                case 2 -> "</pets/linked?page=3>; rel=\"prev next\"";
                default -> null;
            };
            String pets = PETS.subList((page - 1) * 2, Math.min(page * 2, PETS.size())).stream()
                    .map(name -> "{\"name\":\"" + name + "\"}").collect(Collectors.joining(",", "[", "]"));
            answer(exchange, pets, link);
        });

        Iterator<Pet> pets = api.listLinkedPetsWithPagination().iterator();
        assertEquals("a", pets.next().getName());
        assertEquals(1, queries.size());
        List<String> rest = new ArrayList<>();
        pets.forEachRemaining(pet -> rest.add(pet.getName()));

        assertEquals(List.of("b", "c", "d", "e"), rest);
        assertEquals(java.util.Arrays.asList(null, "2", "3"), queries.stream().map(query -> query.get("page")).toList());
    }

    @Test
    void aNextLinkToAnotherOriginIsRefusedRatherThanSentTheCredentials() {
        server.handle("/pets/linked", exchange -> {
            record(exchange);
            answer(exchange, "[{\"name\":\"a\"}]", "<http://elsewhere.example/steal?page=2>; rel=\"next\"");
        });
        Iterator<Pet> pets = api.listLinkedPetsWithPagination().iterator();
        assertEquals("a", pets.next().getName());

        ApiException error = assertThrows(ApiException.class, pets::hasNext);

        assertEquals("listLinkedPets (GET /pets/linked) was linked to a next page on another origin (http://elsewhere.example),"
                + " which the client does not follow with its credentials", error.getMessage());
        assertEquals(1, queries.size());
    }

    @Test
    void aFailingPageThrowsFromHasNext() {
        pages("/pets", query -> query.containsKey("page[offset]") ? null : slice(0, 2, null));
        Iterator<Pet> pets = api.listPetsWithPagination().iterator();
        pets.next();
        pets.next();

        ApiException error = assertThrows(ApiException.class, pets::hasNext);

        assertEquals(500, error.statusCode());
        assertFalse(queries.isEmpty());
        assertTrue(error.getMessage().startsWith("listPets (GET /pets) failed with status 500"), error.getMessage());
    }

    /** Answers a path's requests with the page the function makes of the query, or 500 when it makes none. */
    private void pages(String path, Function<Map<String, String>, String> page) {
        server.handle(path, exchange -> {
            Map<String, String> query = record(exchange);
            String body = page.apply(query);
            if (body == null) {
                exchange.sendResponseHeaders(500, -1);
                exchange.close();
                return;
            }
            answer(exchange, body, null);
        });
    }

    private Map<String, String> record(HttpExchange exchange) throws IOException {
        Map<String, String> query = new LinkedHashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        for (String pair : raw == null ? new String[0] : raw.split("&")) {
            String[] parts = pair.split("=", 2);
            query.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8), URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        byte[] body = exchange.getRequestBody().readAllBytes();
        if (body.length > 0) {
            bodies.add(JSON.readTree(body));
        }
        queries.add(query);
        return query;
    }

    private static void answer(HttpExchange exchange, String body, String link) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        if (link != null) {
            exchange.getResponseHeaders().set("Link", link);
        }
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** A page of the pets from {@code start}, {@code limit} of them, naming the next cursor (JSON null when none). */
    private static String slice(int start, int limit, String after) {
        String data = PETS.subList(Math.min(start, PETS.size()), Math.min(start + limit, PETS.size())).stream()
                .map(name -> "{\"name\":\"" + name + "\"}").collect(Collectors.joining(",", "[", "]"));
        return "{\"data\":" + data + ",\"meta\":{\"page\":{\"after\":" + (after == null ? "null" : "\"" + after + "\"") + "}}}";
    }

    private static int number(Map<String, String> query, String name, int otherwise) {
        return query.containsKey(name) ? Integer.parseInt(query.get(name)) : otherwise;
    }
}
