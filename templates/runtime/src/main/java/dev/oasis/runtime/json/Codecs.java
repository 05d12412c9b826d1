package dev.oasis.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser.NumberType;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Codecs for scalars, lists, maps and raw JSON, named after the spec's types and formats. */
public final class Codecs {

    private static final ObjectMapper TREES = new ObjectMapper();

    /** {@code type: string}. */
    public static final JsonCodec<String> STRING = JsonCodec.of(
            in -> in.token() == JsonToken.VALUE_STRING ? in.parser().getText() : in.mismatch("expected a string"),
            JsonGenerator::writeString, first -> first == JsonToken.VALUE_STRING);

    /** {@code type: integer, format: int32}. */
    public static final JsonCodec<Integer> INT32 = JsonCodec.of(
            in -> in.token() == JsonToken.VALUE_NUMBER_INT && in.parser().getNumberType() == NumberType.INT
                    ? Integer.valueOf(in.parser().getIntValue())
                    : in.mismatch("expected an int32"),
            (out, value) -> out.writeNumber(value.intValue()));

    /** {@code type: integer} with {@code format: int64} or no format. */
    public static final JsonCodec<Long> INT64 = JsonCodec.of(
            in -> in.token() == JsonToken.VALUE_NUMBER_INT && in.parser().getNumberType() != NumberType.BIG_INTEGER
                    ? Long.valueOf(in.parser().getLongValue())
                    : in.mismatch("expected an int64"),
            (out, value) -> out.writeNumber(value.longValue()));

    /** {@code type: number, format: float}. */
    public static final JsonCodec<Float> FLOAT = JsonCodec.of(
            in -> in.token().isNumeric() ? Float.valueOf(in.parser().getFloatValue()) : in.mismatch("expected a number"),
            (out, value) -> out.writeNumber(value.floatValue()));

    /** {@code type: number, format: double}. */
    public static final JsonCodec<Double> DOUBLE = JsonCodec.of(
            in -> in.token().isNumeric() ? Double.valueOf(in.parser().getDoubleValue()) : in.mismatch("expected a number"),
            (out, value) -> out.writeNumber(value.doubleValue()));

    /** {@code type: number} without a format, kept exact. */
    public static final JsonCodec<BigDecimal> DECIMAL = JsonCodec.of(
            in -> in.token().isNumeric() ? in.parser().getDecimalValue() : in.mismatch("expected a number"),
            JsonGenerator::writeNumber);

    /** {@code type: boolean}. */
    public static final JsonCodec<Boolean> BOOLEAN = JsonCodec.of(
            in -> in.token().isBoolean() ? Boolean.valueOf(in.parser().getBooleanValue()) : in.mismatch("expected a boolean"),
            (out, value) -> out.writeBoolean(value.booleanValue()));

    /** {@code format: date-time}: RFC 3339 with any number of fraction digits and a Z or numeric offset. */
    public static final JsonCodec<OffsetDateTime> DATE_TIME = JsonCodec.of(
            in -> parseText(in, "a date-time", DateTimes::parse),
            (out, value) -> out.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value)));

    /**
     * {@code format: date-time} mapped to {@link Instant} ({@code typeMappings}): read with any
     * offset, written in UTC with {@code Z}.
     */
    public static final JsonCodec<Instant> INSTANT = JsonCodec.of(
            in -> parseText(in, "a date-time", text -> DateTimes.parse(text).toInstant()),
            (out, value) -> out.writeString(DateTimeFormatter.ISO_INSTANT.format(value)));

    /** {@code format: date}. */
    public static final JsonCodec<LocalDate> DATE = JsonCodec.of(
            in -> parseText(in, "a date", LocalDate::parse),
            (out, value) -> out.writeString(value.toString()));

    /** {@code format: uuid}. */
    public static final JsonCodec<UUID> UUID = JsonCodec.of(
            in -> parseText(in, "a uuid", java.util.UUID::fromString),
            (out, value) -> out.writeString(value.toString()));

    /** {@code format: byte}: base64 text. */
    public static final JsonCodec<byte[]> BYTES = JsonCodec.of(
            in -> parseText(in, "base64 text", Base64.getDecoder()::decode),
            (out, value) -> out.writeString(Base64.getEncoder().encodeToString(value)));

    /** {@code format: binary} inside JSON: base64 text. */
    public static final JsonCodec<byte[]> BINARY = BYTES;

    /** Any JSON value, kept as a tree. */
    public static final JsonCodec<JsonNode> ANY = new JsonCodec<>() {
        @Override
        public JsonNode read(JsonInput in) throws IOException {
            return in.readTree();
        }

        @Override
        public void write(JsonGenerator out, JsonNode value) throws IOException {
            TREES.writeTree(out, value);
        }

        @Override
        public boolean admitsNull() {
            return true;
        }
    };

    private Codecs() {
    }

    /**
     * A codec for JSON arrays whose items use {@code items}. Items that do not fit read as null; the
     * array's raw JSON is then handed to the enclosing object so that nothing is lost.
     */
    public static <T> JsonCodec<List<T>> listOf(JsonCodec<T> items) {
        return JsonCodec.of(in -> {
            if (in.token() != JsonToken.START_ARRAY) {
                return in.mismatch("expected an array");
            }
            List<T> list = new ArrayList<>();
            Map<Integer, JsonNode> unmatched = null;
            while (in.parser().nextToken() != JsonToken.END_ARRAY) {
                list.add(in.read(items));
                JsonNode raw = in.takeMismatch();
                if (raw != null) {
                    unmatched = unmatched == null ? new LinkedHashMap<>() : unmatched;
                    unmatched.put(list.size() - 1, raw);
                }
            }
            if (unmatched != null) {
                ArrayNode array = TREES.createArrayNode();
                for (int i = 0; i < list.size(); i++) {
                    JsonNode raw = unmatched.get(i);
                    array.add(raw != null ? raw : JsonInput.toTree(items, list.get(i)));
                }
                in.keepMismatch(array);
            }
            return Collections.unmodifiableList(list);
        }, (out, list) -> {
            out.writeStartArray();
            for (T item : list) {
                writeNullable(out, items, item);
            }
            out.writeEndArray();
        });
    }

    /**
     * A codec for JSON objects used as maps whose values use {@code values}. Values that do not fit
     * read as null; the object's raw JSON is then handed to the enclosing object so that nothing is lost.
     */
    public static <T> JsonCodec<Map<String, T>> mapOf(JsonCodec<T> values) {
        return JsonCodec.of(in -> {
            if (in.token() != JsonToken.START_OBJECT) {
                return in.mismatch("expected an object");
            }
            Map<String, T> map = new LinkedHashMap<>();
            Map<String, JsonNode> unmatched = null;
            while (in.nextField()) {
                String key = in.fieldName();
                map.put(key, in.read(values));
                JsonNode raw = in.takeMismatch();
                if (raw != null) {
                    unmatched = unmatched == null ? new LinkedHashMap<>() : unmatched;
                    unmatched.put(key, raw);
                } else if (unmatched != null) {
                    unmatched.remove(key);
                }
            }
            if (unmatched != null) {
                ObjectNode object = TREES.createObjectNode();
                for (Map.Entry<String, T> entry : map.entrySet()) {
                    JsonNode raw = unmatched.get(entry.getKey());
                    object.set(entry.getKey(), raw != null ? raw : JsonInput.toTree(values, entry.getValue()));
                }
                in.keepMismatch(object);
            }
            return Collections.unmodifiableMap(map);
        }, (out, map) -> {
            out.writeStartObject();
            for (Map.Entry<String, T> entry : map.entrySet()) {
                out.writeFieldName(entry.getKey());
                writeNullable(out, values, entry.getValue());
            }
            out.writeEndObject();
        });
    }

    /**
     * A codec for a class of the team's own ({@code schemaMappings}, {@code typeMappings}), read and
     * written by Jackson databind with a plain {@code ObjectMapper}, so the class's own Jackson
     * annotations decide its JSON. A value the class cannot be read from is reported and kept raw.
     */
    public static <T> JsonCodec<T> databind(Class<T> type) {
        return JsonCodec.of(in -> {
            JsonNode tree = in.readTree();
            try {
                return TREES.treeToValue(tree, type);
            } catch (JsonProcessingException | IllegalArgumentException e) {
                return in.misfit(tree, "expected a " + type.getSimpleName());
            }
        }, (out, value) -> TREES.writeValue(out, value));
    }

    /**
     * An unmodifiable copy of a map in its order; the shared empty map when it is empty, so that
     * objects without extra properties cost nothing for them.
     */
    public static <V> Map<String, V> frozen(Map<String, V> map) {
        return map.isEmpty() ? Collections.emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** Writes {@code value} with {@code codec}, or JSON null. */
    public static <T> void writeNullable(JsonGenerator out, JsonCodec<T> codec, T value) throws IOException {
        if (value == null) {
            out.writeNull();
        } else {
            codec.write(out, value);
        }
    }

    /** Writes a property, or JSON null for a null value. */
    public static <T> void writeField(JsonGenerator out, String name, JsonCodec<T> codec, T value) throws IOException {
        out.writeFieldName(name);
        writeNullable(out, codec, value);
    }

    private static <T> T parseText(JsonInput in, String what, TextParser<T> parser) throws IOException {
        if (in.token() != JsonToken.VALUE_STRING) {
            return in.mismatch("expected " + what);
        }
        try {
            return parser.parse(in.parser().getText());
        } catch (DateTimeException | IllegalArgumentException e) {
            return in.mismatch("expected " + what);
        }
    }

    @FunctionalInterface
    private interface TextParser<T> {
        T parse(String text);
    }
}
