package dev.oasis.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.WritableTypeId;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Optional;

/**
 * Lets any Jackson {@code ObjectMapper} write a generated model, enum or union exactly as the
 * client does: every generated type names this class in {@code @JsonSerialize}, and it writes the
 * value with the type's own {@code CODEC}. The mapper's settings (naming strategy, date format,
 * inclusion rules) therefore cannot change the wire form.
 */
public final class CodecSerializer extends StdSerializer<Object> {

    private static final long serialVersionUID = 1L;

    /** Created by Jackson for the types that name it. */
    public CodecSerializer() {
        super(Object.class);
    }

    @Override
    public void serialize(Object value, JsonGenerator out, SerializerProvider provider) throws IOException {
        Optional<JsonCodec<Object>> codec = CodecLookup.of(value.getClass());
        if (codec.isEmpty()) {
            provider.reportBadDefinition(value.getClass(), CodecLookup.missing(value.getClass()));
            return;
        }
        codec.get().write(out, value);
    }

    /**
     * Writes the value with a type id, for mappers with default typing (such as caches that store
     * values with their class): the id and the value go into a wrapper array, or a wrapper object
     * when the mapper asks for one, so the value itself stays exactly as the codec writes it.
     */
    @Override
    public void serializeWithType(Object value, JsonGenerator out, SerializerProvider provider, TypeSerializer types)
            throws IOException {
        WritableTypeId id = types.writeTypePrefix(out, types.typeId(value, JsonToken.VALUE_EMBEDDED_OBJECT));
        serialize(value, out, provider);
        types.writeTypeSuffix(out, id);
    }
}
