package dev.oasis.runtime.validation;

import dev.oasis.runtime.json.JsonNullable;
import jakarta.validation.valueextraction.ExtractedValue;
import jakarta.validation.valueextraction.UnwrapByDefault;
import jakarta.validation.valueextraction.ValueExtractor;

/**
 * Lets Jakarta Bean Validation check the value inside a {@link JsonNullable}: a constraint on a
 * nullable property's getter applies to its value, and an absent or null value passes as null does.
 * Generated only with {@code beanValidation}, and registered with the validator through
 * {@code META-INF/services/jakarta.validation.valueextraction.ValueExtractor}.
 */
@UnwrapByDefault
public final class JsonNullableValueExtractor implements ValueExtractor<JsonNullable<@ExtractedValue ?>> {

    /** Created by the validator, which finds the class through the service file. */
    public JsonNullableValueExtractor() {
    }

    @Override
    public void extractValues(JsonNullable<?> originalValue, ValueReceiver receiver) {
        receiver.value(null, originalValue == null ? null : originalValue.orElse(null));
    }
}
