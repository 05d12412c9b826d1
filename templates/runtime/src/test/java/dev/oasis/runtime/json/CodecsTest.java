package dev.oasis.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Scalars, lists and maps read tolerantly, each deviation reported at its JSON pointer, and write back. */
class CodecsTest {

    private static final JsonFactory JSON = new JsonFactory();

    private static <T> T read(JsonCodec<T> codec, String json, List<Deviation> deviations) throws IOException {
        return JsonInput.start(JSON.createParser(json), deviations).read(codec);
    }

    private static <T> String write(JsonCodec<T> codec, T value) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = JSON.createGenerator(out)) {
            codec.write(generator, value);
        }
        return out.toString();
    }

    @Test
    void valuesOfTheWrongTypeAreReportedAtTheirPointerNotThrown() throws IOException {
        List<Deviation> deviations = new ArrayList<>();

        List<Long> numbers = read(Codecs.listOf(Codecs.INT64), "[1,\"two\",3]", deviations);

        assertEquals(3, numbers.size());
        assertEquals(1L, numbers.get(0));
        assertNull(numbers.get(1));
        assertEquals(List.of("/1"), deviations.stream().map(Deviation::pointer).toList());
    }

    @Test
    void decimalsKeepEveryDigitAndDateTimesTheirOffset() throws IOException {
        List<Deviation> deviations = new ArrayList<>();

        BigDecimal decimal = read(Codecs.DECIMAL, "12.50", deviations);
        OffsetDateTime time = read(Codecs.DATE_TIME, "\"2024-05-01T10:00:00+02:00\"", deviations);

        assertEquals("12.50", decimal.toPlainString());
        assertEquals("\"2024-05-01T10:00:00+02:00\"", write(Codecs.DATE_TIME, time));
        assertEquals(List.of(), deviations);
    }

    @Test
    void mapsRoundTripInOrder() throws IOException {
        Map<String, String> map = read(Codecs.mapOf(Codecs.STRING), "{\"b\":\"1\",\"a\":\"2\"}", new ArrayList<>());

        assertEquals("{\"b\":\"1\",\"a\":\"2\"}", write(Codecs.mapOf(Codecs.STRING), map));
    }

    @Test
    void aDuplicateKeyOfAMapIsReportedAndItsLastValueKeptTypedOrRaw() throws IOException {
        List<Deviation> deviations = new ArrayList<>();
        JsonCodec<Map<String, Long>> counts = Codecs.mapOf(Codecs.INT64);

        Map<String, Long> typedLast = read(counts, "{\"a\":\"x\",\"b\":2,\"a\":1}", deviations);
        Map<String, Long> rawLast = read(counts, "{\"a\":1,\"a\":\"x\"}", new ArrayList<>());

        assertEquals(Map.of("a", 1L, "b", 2L), typedLast);
        assertEquals("{\"a\":1,\"b\":2}", write(counts, typedLast));
        assertEquals(List.of("/a: expected an int64, found a string", "/a: duplicate property; its last value is kept"),
                deviations.stream().map(Deviation::toString).toList());
        assertEquals(List.of(Deviation.Kind.WRONG_TYPE, Deviation.Kind.DUPLICATE_PROPERTY),
                deviations.stream().map(Deviation::kind).toList());
        assertNull(rawLast.get("a"));
    }

    @Test
    void keysRepeatedAcrossSiblingAndNestedObjectsAreNoDuplicates() throws IOException {
        List<Deviation> deviations = new ArrayList<>();
        JsonCodec<List<Map<String, Map<String, Long>>>> nested = Codecs.listOf(Codecs.mapOf(Codecs.mapOf(Codecs.INT64)));

        read(nested, "[{\"a\":{\"a\":1,\"b\":2},\"b\":{\"a\":1}},{\"a\":{\"a\":1},\"b\":{}}]", deviations);
        read(Codecs.mapOf(Codecs.INT64), "{\"k0\":0,\"k1\":1,\"k2\":2,\"k3\":3,\"k4\":4,\"k5\":5,\"k6\":6,\"k7\":7,"
                + "\"k8\":8,\"k9\":9,\"k9\":9,\"k0\":0}", deviations);
        StringBuilder many = new StringBuilder("{");
        for (int i = 0; i < 40; i++) {
            many.append("\"m").append(i).append("\":").append(i).append(',');
        }
        read(Codecs.mapOf(Codecs.INT64), many.append("\"m17\":0,\"m39\":0,\"m40\":0}").toString(), deviations);

        assertEquals(List.of("/k9", "/k0", "/m17", "/m39"), deviations.stream().map(Deviation::pointer).toList());
    }

    @Test
    void anExplicitNullIsKeptForWritingBackAndReportedUnlessTheTypeAdmitsAnyValue() throws IOException {
        List<Deviation> deviations = new ArrayList<>();
        Map<String, JsonNode> unmatched = new LinkedHashMap<>();
        JsonInput in = JsonInput.start(JSON.createParser("{\"any\":null,\"text\":null}"), deviations);

        in.nextField();
        assertNull(in.field(Codecs.ANY, unmatched));
        in.nextField();
        assertNull(in.field(Codecs.STRING, unmatched));

        assertEquals("{any=null, text=null}", unmatched.toString());
        assertEquals(List.of("/text: null, which the spec does not allow here"), deviations.stream().map(Deviation::toString).toList());
        assertEquals(Deviation.Kind.NULL_VALUE, deviations.get(0).kind());
    }
}
