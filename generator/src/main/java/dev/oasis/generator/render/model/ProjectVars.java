package dev.oasis.generator.render.model;

/**
 * What every template can use about the project being generated.
 *
 * @param basePackage the base package; the spec's client ({@code ApiClient}) lives here
 * @param modelPackage the package of model classes ({@code basePackage.model})
 * @param apiPackage the package of API classes ({@code basePackage.api})
 * @param runtimePackage the package of the client runtime ({@code ApiException}, {@code ApiRequest},
 *     {@code RetryPolicy}): {@code basePackage} unless several specs share one runtime
 * @param jsonPackage the package of the JSON runtime ({@code runtimePackage.json})
 * @param title the spec's {@code info.title}, escaped for Javadoc and comments
 * @param specVersion the spec's {@code info.version}, escaped for Javadoc and comments
 * @param generatorVersion the version of the generator that wrote the code
 * @param defaultReadMode the name of the {@code ReadMode} constant the client uses unless told otherwise:
 *     {@code TOLERANT} or {@code STRICT}
 * @param serializableModels whether models, enums and unions implement {@code java.io.Serializable}
 * @param generatedAnnotation whether generated classes carry {@code @javax.annotation.processing.Generated}
 * @param beanValidation whether model getters carry Jakarta Bean Validation annotations
 */
public record ProjectVars(
        String basePackage,
        String modelPackage,
        String apiPackage,
        String runtimePackage,
        String jsonPackage,
        String title,
        String specVersion,
        String generatorVersion,
        String defaultReadMode,
        boolean serializableModels,
        boolean generatedAnnotation,
        boolean beanValidation) {
}
