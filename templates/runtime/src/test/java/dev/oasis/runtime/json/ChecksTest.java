package dev.oasis.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Value constraints are checked while reading: a value that breaks one is kept and reported at its pointer. */
class ChecksTest {

    private static final JsonFactory JSON = new JsonFactory();

    private static <T> List<String> deviations(JsonCodec<T> codec, String json, T expected) throws IOException {
        List<Deviation> deviations = new ArrayList<>();
        T value = JsonInput.start(JSON.createParser(json), deviations).read(codec);
        assertEquals(expected, value);
        return deviations.stream().map(Deviation::toString).toList();
    }

    @Test
    void stringsBreakingAPatternOrALengthAreKeptAndReported() throws IOException {
        JsonCodec<String> codec = Checks.text(Codecs.STRING).pattern("^item_[0-9]+$", "^item_[0-9]+\\z").length(6, 8);

        assertEquals(List.of(), deviations(codec, "\"item_12\"", "item_12"));
        assertEquals(List.of("/: does not match the pattern ^item_[0-9]+$"), deviations(codec, "\"item_x\"", "item_x"));
        assertEquals(List.of("/: is 5 characters long, fewer than the minimum of 6"), deviations(codec, "\"item_\"", "item_"));
        assertEquals(List.of("/: is 9 characters long, more than the maximum of 8"), deviations(codec, "\"item_1234\"", "item_1234"));
    }

    @Test
    void numbersOutOfRangeAreKeptAndReportedWhateverTheirType() throws IOException {
        assertEquals(List.of("/: is not above the exclusive minimum of 0"),
                deviations(Checks.range(Codecs.INT64).minimum("0", true), "0", 0L));
        assertEquals(List.of("/: is above the maximum of 9.5"),
                deviations(Checks.range(Codecs.DOUBLE).maximum("9.5", false), "9.75", 9.75));
        assertEquals(List.of("/: is below the minimum of 1.5"),
                deviations(Checks.range(Codecs.DECIMAL).minimum("1.5", false), "1.25", new java.math.BigDecimal("1.25")));
        assertEquals(List.of(), deviations(Checks.range(Codecs.INT32).minimum("-1", false).maximum("1", true), "0", 0));
    }

    @Test
    void listsWithTooFewOrTooManyItemsAreReportedAtTheirPointer() throws IOException {
        JsonCodec<java.util.Map<String, List<String>>> codec = Codecs.mapOf(Checks.size(Codecs.listOf(Codecs.STRING), 1, 2));

        assertEquals(List.of("/a: has 0 items, fewer than the minimum of 1", "/b: has 3 items, more than the maximum of 2"),
                deviations(codec, "{\"a\":[],\"b\":[\"x\",\"y\",\"z\"],\"c\":[\"x\"]}",
                        java.util.Map.of("a", List.of(), "b", List.of("x", "y", "z"), "c", List.of("x"))));
    }

    @Test
    void writingIsUnchanged() throws IOException {
        StringWriter out = new StringWriter();
        try (var generator = JSON.createGenerator(out)) {
            Checks.text(Codecs.STRING).length(5, 9).write(generator, "abc");
        }
        assertEquals("\"abc\"", out.toString());
    }

    @Test
    void aCheckFitsWhereItsCodecFitsAsABrokenConstraintIsADeviationNotAMismatch() throws IOException {
        JsonCodec<String> text = Checks.text(Codecs.STRING).pattern("^a+$", "^a+\\z").length(1, 3);

        assertTrue(text.alwaysFits(JsonToken.VALUE_STRING));
        assertFalse(text.alwaysFits(JsonToken.VALUE_NUMBER_INT));
        assertFalse(Checks.range(Codecs.INT64).minimum("0", false).alwaysFits(JsonToken.VALUE_NUMBER_INT));
        assertFalse(Checks.size(Codecs.listOf(Codecs.STRING), 0, 1).alwaysFits(JsonToken.START_ARRAY));

        List<Deviation> deviations = new ArrayList<>();
        JsonInput in = JsonInput.start(JSON.createParser("{\"u\":\"bbb\"}"), deviations);
        in.nextField();
        Unions.Candidate candidate = Unions.Candidate.of(in);
        assertTrue(candidate.matches(Rules.text()));
        assertEquals("bbb", candidate.read(text), "read in place and kept");
        assertTrue(candidate.fitted());
        assertEquals(JsonToken.VALUE_STRING, in.token());
        assertEquals(List.of("/u: does not match the pattern ^a+$"), deviations.stream().map(Deviation::toString).toList());
    }
}
