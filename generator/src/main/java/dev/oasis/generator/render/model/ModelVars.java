package dev.oasis.generator.render.model;

import java.util.List;

/**
 * The data of {@code model.mustache}: one immutable model class with a builder.
 *
 * @param project project-wide values
 * @param className the simple class name
 * @param docLines the schema description as escaped Javadoc lines
 * @param deprecated whether the schema is deprecated
 * @param imports the fully qualified imports the class needs, sorted
 * @param properties the declared properties in spec order
 * @param requiredProperties the properties that must hold a value (required and not nullable), in spec order
 */
public record ModelVars(
        ProjectVars project,
        String className,
        List<String> docLines,
        boolean deprecated,
        List<String> imports,
        List<PropertyVars> properties,
        List<PropertyVars> requiredProperties) {
}
