package dev.oasis.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * A JSON parser that also records where the payload deviates from the spec. Reading is tolerant:
 * a value that does not fit is kept as raw JSON and reported as a {@link Deviation} with its pointer.
 * A list or map with an item that does not fit keeps the fitting items typed (the others read as
 * null) and hands its whole raw JSON to the enclosing object, which writes it back as it came.
 */
public final class JsonInput {

    private final JsonParser parser;
    /** The input whose current value this one replays, for the start of its pointers; null at the top. */
    private final JsonInput outer;
    private final List<Deviation> deviations;
    private final FieldNames.Pool names = new FieldNames.Pool();
    private JsonNode mismatched;

    private JsonInput(JsonParser parser, JsonInput outer, List<Deviation> deviations) {
        this.parser = parser;
        this.outer = outer;
        this.deviations = deviations;
    }

    /** Starts reading a document: moves to its first token. Deviations are added to {@code deviations}. */
    public static JsonInput start(JsonParser parser, List<Deviation> deviations) throws IOException {
        parser.nextToken();
        return new JsonInput(parser, null, deviations);
    }

    /**
     * Starts reading at the value the parser is already on, as any Jackson {@code ObjectMapper} hands a
     * value to a deserializer. Pointers are those of the whole document the parser reads.
     */
    public static JsonInput at(JsonParser parser, List<Deviation> deviations) {
        return new JsonInput(parser, null, deviations);
    }

    /** The underlying parser. */
    public JsonParser parser() {
        return parser;
    }

    /** The current token. */
    public JsonToken token() {
        return parser.currentToken();
    }

    /** Reads the current value with {@code codec}; JSON null reads as null. */
    public <T> T read(JsonCodec<T> codec) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        return codec.read(this);
    }

    /**
     * Reads the current value of a property that is not nullable with {@code codec}. A value that does
     * not fit, even in part, is put into {@code unmatched} under the property's name, so it is written
     * back as it came; so is an explicit JSON null, which is reported unless the type admits it. A raw
     * value kept for an earlier duplicate of the property is dropped: the last value counts.
     */
    public <T> T field(JsonCodec<T> codec, Map<String, JsonNode> unmatched) throws IOException {
        String name = parser.currentName();
        unmatched.remove(name);
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            if (!codec.admitsNull()) {
                deviation(Deviation.Kind.NULL_VALUE, "null, which the spec does not allow here");
            }
            unmatched.put(name, RawTrees.TREES.nullNode());
            return null;
        }
        T value = codec.read(this);
        JsonNode raw = takeMismatch();
        if (raw != null) {
            unmatched.put(name, raw);
        }
        return value;
    }

    /**
     * Reads the current value of a property that is optional and nullable, telling an explicit JSON
     * null from a value. A value that does not fit is put into {@code unmatched} and reads as absent.
     */
    public <T> JsonNullable<T> nullableField(JsonCodec<T> codec, Map<String, JsonNode> unmatched) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            unmatched.remove(parser.currentName());
            return JsonNullable.ofNull();
        }
        T value = field(codec, unmatched);
        return value == null ? JsonNullable.absent() : JsonNullable.of(value);
    }

    /**
     * The raw JSON of the value just read when it did not fit its type, even in part; null when it
     * fitted. Clears it, so each mismatch is taken once by the container that keeps it.
     */
    public JsonNode takeMismatch() {
        JsonNode raw = mismatched;
        mismatched = null;
        return raw;
    }

    /**
     * Marks the value just read (a list or map with items that did not fit) as a mismatch whose raw
     * JSON is {@code raw}; the enclosing container keeps it.
     */
    public void keepMismatch(JsonNode raw) {
        mismatched = raw;
    }

    /** The JSON tree of a value written with {@code codec}, for rebuilding the raw form of a container. */
    public static <T> JsonNode toTree(JsonCodec<T> codec, T value) throws IOException {
        return RawTrees.of(codec, value);
    }

    /** True when positioned on an object; otherwise keeps and reports the value and returns false. */
    public boolean beginObject(String typeName) throws IOException {
        if (parser.currentToken() == JsonToken.START_OBJECT) {
            return true;
        }
        mismatch("expected a " + typeName + " object");
        return false;
    }

    /**
     * Moves to the next property's value; false at the end of the object. A property that appears
     * again in the same object is reported; the reader keeps its last value.
     */
    public boolean nextField() throws IOException {
        JsonStreamContext object = parser.getParsingContext();
        Object namesSoFar = object.getCurrentValue();
        if (parser.nextToken() != JsonToken.FIELD_NAME) {
            names.release(object, namesSoFar);
            return false;
        }
        if (!names.firstTime(object, parser.currentName())) {
            deviation(Deviation.Kind.DUPLICATE_PROPERTY, "duplicate property; its last value is kept");
        }
        parser.nextToken();
        return true;
    }

    /** The name of the current property. */
    public String fieldName() throws IOException {
        return parser.currentName();
    }

    /** Reads a property the spec does not declare, reporting it; its value is kept as raw JSON. */
    public JsonNode undeclared(String typeName) throws IOException {
        deviation(Deviation.Kind.UNDECLARED_PROPERTY, "undeclared property of " + typeName);
        return readTree();
    }

    /**
     * Reads a property the spec forbids ({@code additionalProperties: false}), reporting it; its value
     * is kept as raw JSON.
     */
    public JsonNode forbidden(String typeName) throws IOException {
        deviation(Deviation.Kind.FORBIDDEN_PROPERTY, "property not allowed in " + typeName + " (additionalProperties: false)");
        return readTree();
    }

    /** Reports a required property missing from the object just read. */
    public void missing(String property, String typeName) {
        deviations.add(new Deviation(pointer() + "/" + property.replace("~", "~0").replace("/", "~1"),
                "required property of " + typeName + " is missing", Deviation.Kind.MISSING_PROPERTY));
    }

    /**
     * Reports a value of the wrong type at the current position and keeps it as raw JSON for the
     * enclosing object. Always returns null, so codecs can {@code return in.mismatch(...)}.
     */
    public <T> T mismatch(String expectation) throws IOException {
        deviation(Deviation.Kind.WRONG_TYPE, expectation + ", found " + describe(parser.currentToken()));
        mismatched = readTree();
        return null;
    }

    /**
     * Reports a value already read as a tree that does not fit its type, and keeps it as raw JSON for
     * the enclosing object, as {@link #mismatch} does. Always returns null.
     */
    public <T> T misfit(JsonNode raw, String expectation) {
        deviation(Deviation.Kind.WRONG_TYPE, expectation);
        mismatched = raw;
        return null;
    }

    /** Reports a deviation of the given kind at the current position. */
    public void deviation(Deviation.Kind kind, String message) {
        deviations.add(new Deviation(pointer(), message, kind));
    }

    /** Reads the current value as a tree. */
    public JsonNode readTree() throws IOException {
        return RawTrees.read(parser);
    }

    /**
     * An input over buffered tokens, reporting deviations at their pointers under the current one; it
     * is read while this input stays on the value it replays, so its pointers are built only when a
     * deviation is reported.
     */
    JsonInput replay(TokenBuffer buffer) throws IOException {
        JsonParser replay = buffer.asParser(RawTrees.TREES);
        replay.nextToken();
        return new JsonInput(replay, this, deviations);
    }

    /** How many deviations were reported so far, to mark where a reading that may be withdrawn starts. */
    int deviationCount() {
        return deviations.size();
    }

    /** Withdraws the deviations reported by a reading that was not kept, those at {@code [from, to)}. */
    void dropDeviations(int from, int to) {
        deviations.subList(from, to).clear();
    }

    /** The JSON pointer of the current value. */
    public String pointer() {
        StringBuilder out = new StringBuilder(64);
        appendPointer(out);
        return out.toString();
    }

    private void appendPointer(StringBuilder out) {
        if (outer != null) {
            outer.appendPointer(out);
        }
        Pointers.append(out, parser.getParsingContext());
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.asString();
        };
    }
}
