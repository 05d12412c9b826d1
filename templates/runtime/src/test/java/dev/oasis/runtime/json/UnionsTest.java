package dev.oasis.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.oasis.runtime.json.Unions.Kind;
import java.io.IOException;
import java.io.StringWriter;
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

    /** Reads a union of a point (for objects passing {@code pointRule}), a list of int64s and a list of strings. */
    private static Object shapeOrList(JsonInput in, Rule pointRule) throws IOException {
        Unions.Candidate candidate = Unions.Candidate.of(in);
        if (candidate.matches(pointRule)) {
            Point value = candidate.read(Point.CODEC);
            if (candidate.fitted()) {
                return value;
            }
        }
        for (JsonCodec<?> list : List.of(Codecs.listOf(Codecs.INT64), Codecs.listOf(Codecs.STRING))) {
            if (candidate.matches(Rules.array(Rules.any()))) {
                Object value = candidate.read(list);
                if (candidate.fitted()) {
                    return value;
                }
            }
        }
        return candidate.unmatched("Shape");
    }

    private static List<Object> readAll(String json, Rule pointRule, List<Deviation> deviations) throws IOException {
        return JsonInput.start(JSON.createParser(json), deviations)
                .read(Codecs.listOf(JsonCodec.ofUnion(in -> shapeOrList(in, pointRule), (out, value) -> { })));
    }

    private static String written(Point point) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = JSON.createGenerator(text)) {
            Point.CODEC.write(out, point);
        }
        return text.toString();
    }

    @Test
    void aBranchTheFirstTokenTellsAndThatAlwaysFitsIsReadInPlaceWithItsDeviationsWherePointed() throws IOException {
        List<Deviation> deviations = new ArrayList<>();

        List<Object> read = readAll("[{\"x_value\":\"a\",\"z\":1},[\"b\"],{\"x_value\":2}]", Rules.object(), deviations);

        assertEquals(3, read.size(), "the parser is left on the union's last token");
        assertEquals("{\"x_value\":\"a\",\"z\":1}", written((Point) read.get(0)), "what did not fit is kept");
        assertEquals(List.of("b"), read.get(1), "the list of int64s did not fit; its deviations are withdrawn");
        assertEquals(2L, ((Point) read.get(2)).getXValue());
        assertEquals(List.of("/0/x_value: expected an int64, found a string", "/0/z: undeclared property of Point"),
                deviations.stream().map(Deviation::toString).toList());
    }

    @Test
    void aBranchChosenByLookingAheadReadsTheBufferedValueWithDeviationsUnderTheUnionsPointer() throws IOException {
        List<Deviation> deviations = new ArrayList<>();

        List<Object> read = readAll("[{\"z\":[1]},{\"q\":{},\"x_value\":3},[true]]", Rules.object().required("x_value"), deviations);

        assertEquals(3, read.size());
        assertEquals("{\"z\":[1]}", read.get(0).toString());
        assertEquals(3L, ((Point) read.get(1)).getXValue());
        assertEquals(List.of("/0: matches no branch of Shape", "/1/q: undeclared property of Point",
                "/2/0: expected an int64, found a boolean"), deviations.stream().map(Deviation::toString).toList());
    }
}
