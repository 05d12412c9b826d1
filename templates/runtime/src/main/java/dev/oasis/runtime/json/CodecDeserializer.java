package dev.oasis.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Lets any Jackson {@code ObjectMapper} read a generated model, enum or union exactly as the client
 * does: every generated type names this class in {@code @JsonDeserialize}, and it reads the value
 * with the type's own {@code CODEC}, whatever the mapper's settings.
 *
 * <p>Reading is tolerant, as the client's is by default: undeclared properties, unknown enum values
 * and union values no branch matches are kept, and values of the wrong type are kept raw in the
 * object's additional properties. Only a value of which nothing could be read (a string where an
 * object is expected, say) fails, with a {@code MismatchedInputException}. To see the deviations,
 * or to refuse them, read with an attribute:
 *
 * <pre>{@code
 * List<Deviation> deviations = new ArrayList<>();
 * Pet pet = mapper.readerFor(Pet.class).withAttribute(CodecDeserializer.DEVIATIONS, deviations).readValue(json);
 * Pet strict = mapper.readerFor(Pet.class).withAttribute(CodecDeserializer.STRICT, true).readValue(json);
 * }</pre>
 */
public final class CodecDeserializer extends StdDeserializer<Object> implements ContextualDeserializer {

    /**
     * The attribute under which a {@code List<Deviation>} collects the deviations of every generated
     * value read, with their JSON pointers in the document.
     */
    public static final String DEVIATIONS = "dev.oasis.runtime.json.deviations";

    /** The attribute that, set to {@code true}, makes any deviation fail the read, listing them all. */
    public static final String STRICT = "dev.oasis.runtime.json.strict";

    private static final long serialVersionUID = 1L;

    private final transient JsonCodec<?> codec;

    /** Created by Jackson for the types that name it; {@link #createContextual} finds the type's codec. */
    public CodecDeserializer() {
        super(Object.class);
        this.codec = null;
    }

    private CodecDeserializer(Class<?> type, JsonCodec<?> codec) {
        super(type);
        this.codec = codec;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
            throws JsonMappingException {
        JavaType type = context.getContextualType();
        if (type == null && property != null) {
            type = property.getType();
        }
        if (type == null) {
            return this;
        }
        JsonCodec<?> found = CodecLookup.of(type.getRawClass()).orElse(null);
        if (found == null) {
            return context.reportBadDefinition(type, CodecLookup.missing(type.getRawClass()));
        }
        return new CodecDeserializer(type.getRawClass(), found);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (codec == null) {
            return context.reportBadDefinition(handledType(), "no type to read; " + CodecLookup.missing(handledType()));
        }
        List<Deviation> deviations = new ArrayList<>();
        Object value;
        if (parser.hasToken(JsonToken.FIELD_NAME) || parser.hasToken(JsonToken.END_OBJECT)) {
            value = readRestOfObject(parser, context, deviations);
        } else {
            value = JsonInput.at(parser, deviations).read(codec);
        }
        if (!deviations.isEmpty()) {
            report(context, value, deviations);
        }
        if (value != null && !handledType().isInstance(value)) {
            return context.reportInputMismatch(this, "the value is a %s, not a %s", value.getClass().getSimpleName(),
                    handledType().getSimpleName());
        }
        return value;
    }

    /**
     * Reads an object whose start Jackson has already consumed (as it does when it looked for a type
     * property first): the remaining properties are buffered behind a new start.
     */
    private Object readRestOfObject(JsonParser parser, DeserializationContext context, List<Deviation> deviations)
            throws IOException {
        TokenBuffer buffer = context.bufferForInputBuffering(parser);
        buffer.writeStartObject();
        for (JsonToken token = parser.currentToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
            buffer.writeFieldName(parser.currentName());
            parser.nextToken();
            buffer.copyCurrentStructure(parser);
        }
        buffer.writeEndObject();
        try (JsonParser object = buffer.asParser(parser.getCodec())) {
            object.nextToken();
            return JsonInput.at(object, deviations).read(codec);
        }
    }

    private void report(DeserializationContext context, Object value, List<Deviation> deviations) throws IOException {
        Object collector = context.getAttribute(DEVIATIONS);
        if (collector instanceof List<?> list) {
            @SuppressWarnings("unchecked")
            List<Deviation> collected = (List<Deviation>) list;
            collected.addAll(deviations);
        }
        if (value == null) {
            context.reportInputMismatch(this, "nothing of %s could be read: %s", handledType().getSimpleName(), deviations);
        }
        if (Boolean.TRUE.equals(context.getAttribute(STRICT))) {
            context.reportInputMismatch(this, "%s deviates from the spec: %s", handledType().getSimpleName(), deviations);
        }
    }
}
