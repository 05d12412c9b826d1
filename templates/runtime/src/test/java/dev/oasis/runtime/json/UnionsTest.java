package dev.oasis.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.oasis.runtime.json.Unions.Kind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A buffered union value answers the branch tests the generator chose, then reads as the chosen branch. */
class UnionsTest {

    private static final JsonFactory JSON = new JsonFactory();

    private static Unions.Candidate candidate(String json) throws IOException {
        JsonParser parser = JSON.createParser(json);
        JsonInput in = JsonInput.start(parser, new ArrayList<>());
        return Unions.Candidate.of(in);
    }

    @Test
    void tokenKindsTellScalarsArraysAndObjectsApart() throws IOException {
        assertTrue(candidate("12").test(Kind.INTEGER).matches());
        assertTrue(candidate("12").test(Kind.NUMBER).matches());
        assertFalse(candidate("1.5").test(Kind.INTEGER).matches());
        assertTrue(candidate("true").test(Kind.BOOLEAN).matches());
        assertTrue(candidate("\"x\"").test(Kind.STRING).matches());
        assertTrue(candidate("[1]").test(Kind.ARRAY).matches());
        assertFalse(candidate("[1]").test(Kind.OBJECT).matches());
    }

    @Test
    void discriminatorValuesAndRequiredPropertiesAreTestedOnTheTopLevelOnly() throws IOException {
        Unions.Candidate cat = candidate("{\"pet\":{\"type\":\"dog\"},\"type\":\"cat\",\"name\":\"Tom\"}");

        assertTrue(cat.test(Kind.OBJECT).text("type", "cat", "kitten").field("name").matches());
        assertFalse(cat.test(Kind.OBJECT).text("type", "dog").matches());
        assertFalse(cat.test(Kind.OBJECT).field("age").matches());
        assertFalse(candidate("{\"type\":1}").test(Kind.OBJECT).text("type", "1").matches());
    }

    @Test
    void theChosenBranchReadsTheBufferedValueAndAnUnmatchedOneKeepsItsTree() throws IOException {
        Unions.Candidate candidate = candidate("{\"a\":[1,2]}");
        List<Deviation> deviations = new ArrayList<>();
        JsonInput in = JsonInput.start(JSON.createParser("{\"a\":[1,2]}"), deviations);

        assertEquals("{\"a\":[1,2]}", candidate.tree().toString());
        assertEquals(List.of(1L, 2L), candidate.input(in).read(Codecs.mapOf(Codecs.listOf(Codecs.INT64))).get("a"));
        assertEquals(List.of(), deviations);
    }
}
