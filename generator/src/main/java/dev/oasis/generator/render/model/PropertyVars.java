package dev.oasis.generator.render.model;

import java.util.List;

/**
 * One property of a model class.
 *
 * @param jsonName the property name in JSON
 * @param jsonNameLiteral {@code jsonName} as a Java string literal, quotes included
 * @param fieldName the Java field name, also the builder method name
 * @param getterName the getter name, {@code get} plus the capitalized field name
 * @param javaType the Java type of the value, such as {@code List<String>}
 * @param fieldType the type of the field and the getter: {@code javaType}, or {@code JsonNullable} of it when nullable
 * @param codec the expression that builds the codec reading and writing the value, such as
 *     {@code Codecs.listOf(Codecs.STRING)}
 * @param codecRef what the class uses to read and write the value: {@code codec} itself, or the name
 *     of the static constant that holds it when {@code sharedCodec}
 * @param sharedCodec whether the codec is built once into a static constant (lists and maps), so
 *     that reading does not build it again for every value
 * @param required whether the spec lists the property as required
 * @param nullable whether JSON null is allowed; the class then keeps the value as a
 *     {@code JsonNullable}, telling absent from null (and a required one can be checked for presence)
 * @param readOnly whether the property is {@code readOnly}: sent by the server only
 * @param writeOnly whether the property is {@code writeOnly}: sent by the client only
 * @param deprecated whether the property is deprecated
 * @param docLines the description as escaped Javadoc lines
 * @param validation the getter's Bean Validation annotations from the schema's constraints, one per
 *     line (with {@code beanValidation}); empty otherwise
 */
public record PropertyVars(
        String jsonName,
        String jsonNameLiteral,
        String fieldName,
        String getterName,
        String javaType,
        String fieldType,
        String codec,
        String codecRef,
        boolean sharedCodec,
        boolean required,
        boolean nullable,
        boolean readOnly,
        boolean writeOnly,
        boolean deprecated,
        List<String> docLines,
        List<String> validation) {
}
