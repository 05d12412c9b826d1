package dev.oasis.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Any ObjectMapper reads and writes types that name {@link CodecSerializer} and
 * {@link CodecDeserializer} exactly as their codecs do, whatever its own settings.
 */
class JacksonInteropTest {

    private static final String POINT = "{\"x_value\":3,\"label\":null,\"extra\":[1,2.50]}";

    /** A caller's own class holding generated values, as a Spring controller's body would. */
    public static final class Envelope {
        public Point point;
        public List<Shape> shapes;
        public Map<String, Point> byName;
    }

    @Test
    void aPlainMapperReadsAndWritesAsTheCodecDoes() throws Exception {
        ObjectMapper mapper = new ObjectMapper();

        Point point = mapper.readValue(POINT, Point.class);

        assertEquals(3L, point.getXValue());
        assertTrue(point.getLabel().isNull(), "an explicit null stays apart from absent");
        assertEquals(POINT, mapper.writeValueAsString(point));
    }

    @Test
    void theMappersOwnSettingsDoNotChangeTheWireForm() throws Exception {
        ObjectMapper mapper = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
                .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

        assertEquals(POINT, mapper.writeValueAsString(mapper.readValue(POINT, Point.class)));
    }

    @Test
    void valuesInsideTheCallersOwnClassesListsAndMapsRoundTrip() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        String json = "{\"point\":" + POINT + ",\"shapes\":[\"round\"," + POINT + ",true],\"byName\":{\"a\":{\"x_value\":1}}}";

        Envelope envelope = mapper.readValue(json, Envelope.class);

        assertInstanceOf(Shape.Named.class, envelope.shapes.get(0));
        assertInstanceOf(Shape.At.class, envelope.shapes.get(1));
        assertInstanceOf(Shape.Unknown.class, envelope.shapes.get(2), "a value no branch matches is kept");
        assertEquals(json, mapper.writeValueAsString(envelope));
        List<Shape> shapes = mapper.readValue("[\"round\"]", new TypeReference<List<Shape>>() { });
        assertEquals("[\"round\"]", mapper.writeValueAsString(shapes));
        assertEquals("\"round\"", mapper.writeValueAsString(new Shape.Named("round")), "a branch record writes as its union");
    }

    @Test
    void deviationsAreKeptAndCanBeCollectedOrRefused() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        String json = "{\"wrapper\":{\"x_value\":\"three\",\"other\":1}}";
        List<Deviation> deviations = new ArrayList<>();

        Map<String, Point> tolerant = mapper.readerFor(new TypeReference<Map<String, Point>>() { })
                .withAttribute(CodecDeserializer.DEVIATIONS, deviations).readValue(json);

        assertEquals("{\"x_value\":\"three\",\"other\":1}", mapper.writeValueAsString(tolerant.get("wrapper")),
                "the value of the wrong type is kept raw and written back");
        assertEquals(List.of("/wrapper/x_value", "/wrapper/other"), deviations.stream().map(Deviation::pointer).toList());
        MismatchedInputException strict = assertThrows(MismatchedInputException.class,
                () -> mapper.readerFor(Point.class).withAttribute(CodecDeserializer.STRICT, true).readValue("{\"other\":1}"));
        assertTrue(strict.getOriginalMessage().contains("/other: undeclared property of Point"), strict.getOriginalMessage());
    }

    @Test
    void aValueOfWhichNothingCouldBeReadFails() {
        MismatchedInputException error = assertThrows(MismatchedInputException.class,
                () -> new ObjectMapper().readValue("\"text\"", Point.class));

        assertTrue(error.getOriginalMessage().startsWith("nothing of Point could be read: [/: expected a Point object"),
                error.getOriginalMessage());
    }

    @Test
    void mappersWithDefaultTypingKeepTheValueAsTheCodecWritesIt() throws Exception {
        ObjectMapper mapper = new ObjectMapper().activateDefaultTyping(
                BasicPolymorphicTypeValidator.builder().allowIfBaseType(Object.class).build(),
                ObjectMapper.DefaultTyping.NON_FINAL, JsonTypeInfo.As.PROPERTY);
        Point point = new ObjectMapper().readValue(POINT, Point.class);

        String json = mapper.writerFor(Object.class).writeValueAsString(point);

        assertEquals("[\"dev.oasis.runtime.json.Point\"," + POINT + "]", json);
        assertEquals(point, mapper.readValue(json, Object.class));
    }
}
