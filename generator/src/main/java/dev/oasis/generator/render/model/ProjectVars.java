package dev.oasis.generator.render.model;

/**
 * What every template can use about the project being generated.
 *
 * @param basePackage the base package; the client runtime ({@code ApiClient}, {@code ApiException}) lives here
 * @param modelPackage the package of model classes ({@code basePackage.model})
 * @param apiPackage the package of API classes ({@code basePackage.api})
 * @param jsonPackage the package of the JSON runtime ({@code basePackage.json})
 * @param title the spec's {@code info.title}, escaped for Javadoc and comments
 * @param specVersion the spec's {@code info.version}, escaped for Javadoc and comments
 * @param generatorVersion the version of the generator that wrote the code
 * @param defaultReadMode the name of the {@code ReadMode} constant the client uses unless told otherwise:
 *     {@code TOLERANT} or {@code STRICT}
 */
public record ProjectVars(
        String basePackage,
        String modelPackage,
        String apiPackage,
        String jsonPackage,
        String title,
        String specVersion,
        String generatorVersion,
        String defaultReadMode) {
}
