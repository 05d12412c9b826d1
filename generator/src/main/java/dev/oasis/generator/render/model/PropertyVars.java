package dev.oasis.generator.render.model;

import java.util.List;

/**
 * One property of a model class.
 *
 * @param jsonName the property name in JSON
 * @param jsonNameLiteral {@code jsonName} as a Java string literal, quotes included
 * @param fieldName the Java field name, also the builder method name
 * @param getterName the getter name, {@code get} plus the capitalized field name
 * @param javaType the Java type, such as {@code List<String>}
 * @param codec the expression of the codec that reads and writes the value, such as {@code Codecs.STRING}
 * @param required whether the spec lists the property as required
 * @param nullable whether JSON null is allowed
 * @param deprecated whether the property is deprecated
 * @param docLines the description as escaped Javadoc lines
 */
public record PropertyVars(
        String jsonName,
        String jsonNameLiteral,
        String fieldName,
        String getterName,
        String javaType,
        String codec,
        boolean required,
        boolean nullable,
        boolean deprecated,
        List<String> docLines) {
}
