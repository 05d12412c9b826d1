package dev.oasis.generator.model;

import java.util.List;

/**
 * An enum schema. Enums are open: values the spec does not list are kept when read.
 *
 * @param specName the schema name
 * @param description the description, or empty
 * @param deprecated whether the schema is deprecated
 * @param origin where the schema is defined
 * @param valueKind the scalar kind of the values ({@link ScalarKind#STRING}, {@link ScalarKind#INT32}
 *     or {@link ScalarKind#INT64})
 * @param values the listed values in spec order
 */
public record EnumType(
        String specName,
        String description,
        boolean deprecated,
        Origin origin,
        ScalarKind valueKind,
        List<EnumValue> values) implements TypeDefinition {

    /**
     * One listed value.
     *
     * @param value the value as text (numbers in their decimal form)
     * @param varName the constant name the spec asks for ({@code x-enum-varnames}), or empty
     * @param description the value's description ({@code x-enum-descriptions}), or empty
     */
    public record EnumValue(String value, String varName, String description) {
    }
}
