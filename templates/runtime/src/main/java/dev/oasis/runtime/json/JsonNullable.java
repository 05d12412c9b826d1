package dev.oasis.runtime.json;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;

/**
 * The value of a property that is both optional and nullable, which JSON can leave out, set to
 * null, or set to a value. Keeping the three apart makes such objects round-trip exactly.
 * Serializable, so that models generated with {@code serializableModels} are (when the value is).
 *
 * @param <T> the type of the value
 */
public final class JsonNullable<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final JsonNullable<?> ABSENT = new JsonNullable<>(false, null);
    private static final JsonNullable<?> NULL = new JsonNullable<>(true, null);

    private final boolean present;
    private final T value;

    private JsonNullable(boolean present, T value) {
        this.present = present;
        this.value = value;
    }

    /**
     * The property left out.
     *
     * @param <T> the type of the value
     * @return the absent instance
     */
    @SuppressWarnings("unchecked")
    public static <T> JsonNullable<T> absent() {
        return (JsonNullable<T>) ABSENT;
    }

    /**
     * The property set to JSON null.
     *
     * @param <T> the type of the value
     * @return the null instance
     */
    @SuppressWarnings("unchecked")
    public static <T> JsonNullable<T> ofNull() {
        return (JsonNullable<T>) NULL;
    }

    /**
     * The property set to a value; a null value stands for JSON null.
     *
     * @param <T> the type of the value
     * @param value the value, or null for JSON null
     * @return the instance
     */
    public static <T> JsonNullable<T> of(T value) {
        return value == null ? ofNull() : new JsonNullable<>(true, value);
    }

    /**
     * Whether the property is there, holding a value or null.
     *
     * @return false when it was left out
     */
    public boolean isPresent() {
        return present;
    }

    /**
     * Whether the property is there and set to JSON null.
     *
     * @return true for an explicit null
     */
    public boolean isNull() {
        return present && value == null;
    }

    /**
     * The value, or {@code other} when the property is left out or null.
     *
     * @param other the fallback
     * @return the value or the fallback
     */
    public T orElse(T other) {
        return value != null ? value : other;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonNullable<?> that && present == that.present && Objects.deepEquals(value, that.value);
    }

    @Override
    public int hashCode() {
        return present ? 31 + Arrays.deepHashCode(new Object[] {value}) : 0;
    }

    @Override
    public String toString() {
        return !present ? "absent" : String.valueOf(value instanceof byte[] bytes ? Arrays.toString(bytes) : value);
    }
}
