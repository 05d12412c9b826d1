package dev.oasis.runtime.json;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Optional;

/**
 * Finds the codec of a generated type: its public static {@code CODEC} field, or that of the
 * interface it implements (a union's branch records and {@code Unknown} records have none of
 * their own). Looked up once per class.
 */
final class CodecLookup {

    private static final ClassValue<Optional<JsonCodec<?>>> CODECS = new ClassValue<>() {
        @Override
        protected Optional<JsonCodec<?>> computeValue(Class<?> type) {
            try {
                Field field = type.getField("CODEC");
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == JsonCodec.class) {
                    return Optional.of((JsonCodec<?>) field.get(null));
                }
            } catch (NoSuchFieldException | IllegalAccessException e) {
                return Optional.empty();
            }
            return Optional.empty();
        }
    };

    private CodecLookup() {
    }

    /** The codec that reads and writes values of {@code type}, if it has one. */
    @SuppressWarnings("unchecked")
    static Optional<JsonCodec<Object>> of(Class<?> type) {
        return CODECS.get(type).map(codec -> (JsonCodec<Object>) codec);
    }

    /** The message for a type that has no codec. */
    static String missing(Class<?> type) {
        return type.getName() + " has no public static CODEC field; only generated types can use "
                + CodecSerializer.class.getSimpleName() + " and " + CodecDeserializer.class.getSimpleName();
    }
}
