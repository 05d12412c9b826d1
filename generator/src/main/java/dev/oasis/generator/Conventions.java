package dev.oasis.generator;

import dev.oasis.generator.build.TypeMappings;
import dev.oasis.generator.refine.ModelNaming;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The team's conventions for the generated code, each off unless asked for.
 *
 * @param serializableModels whether models, enums and unions implement {@code java.io.Serializable}
 * @param generatedAnnotation whether every generated class carries
 *     {@code @javax.annotation.processing.Generated("dev.oasis.generator.Generator")}, with no date so
 *     that the output stays the same byte for byte
 * @param beanValidation whether model getters carry Jakarta Bean Validation annotations from the
 *     schema's constraints ({@code required}, {@code minLength}, {@code maxLength}, {@code pattern},
 *     {@code minimum}, {@code maximum}, {@code minItems}, {@code maxItems}) and {@code @Valid} on nested models
 * @param modelNaming the prefix and suffix of model class names
 * @param typeMappings the team's own classes for schemas and for scalar types and formats
 */
public record Conventions(
        boolean serializableModels,
        boolean generatedAnnotation,
        boolean beanValidation,
        ModelNaming modelNaming,
        TypeMappings typeMappings) {

    /** Every convention off, no mappings. */
    public static final Conventions NONE = new Conventions(false, false, false, ModelNaming.NONE, TypeMappings.NONE);

    public Conventions {
        Objects.requireNonNull(modelNaming, "modelNaming");
        Objects.requireNonNull(typeMappings, "typeMappings");
    }

    /** A builder with every convention off. */
    public static Builder builder() {
        return new Builder();
    }

    /** The settings one per line, for the incremental check's comparison with the previous run. */
    String describe() {
        return String.join("\n",
                "serializableModels=" + serializableModels,
                "generatedAnnotation=" + generatedAnnotation,
                "beanValidation=" + beanValidation,
                "modelNamePrefix=" + modelNaming.prefix(),
                "modelNameSuffix=" + modelNaming.suffix(),
                "schemaMappings=" + typeMappings.schemaMappings(),
                "typeMappings=" + typeMappings.typeMappings());
    }

    /** Builds {@link Conventions}, checking each setting. */
    public static final class Builder {

        private boolean serializableModels;
        private boolean generatedAnnotation;
        private boolean beanValidation;
        private String modelNamePrefix = "";
        private String modelNameSuffix = "";
        private final Map<String, String> schemaMappings = new LinkedHashMap<>();
        private final Map<String, String> typeMappings = new LinkedHashMap<>();

        private Builder() {
        }

        /** Sets whether models, enums and unions implement {@code Serializable}. */
        public Builder serializableModels(boolean value) {
            this.serializableModels = value;
            return this;
        }

        /** Sets whether generated classes carry {@code @Generated}. */
        public Builder generatedAnnotation(boolean value) {
            this.generatedAnnotation = value;
            return this;
        }

        /** Sets whether model getters carry Bean Validation annotations. */
        public Builder beanValidation(boolean value) {
            this.beanValidation = value;
            return this;
        }

        /** Sets the text before every model class name; null or empty for none. */
        public Builder modelNamePrefix(String value) {
            this.modelNamePrefix = value;
            return this;
        }

        /** Sets the text after every model class name; null or empty for none. */
        public Builder modelNameSuffix(String value) {
            this.modelNameSuffix = value;
            return this;
        }

        /**
         * Adds schema mappings, each {@code SchemaName=com.example.Class}.
         *
         * @throws IllegalArgumentException for an entry without {@code =}
         */
        public Builder schemaMappings(List<String> entries) {
            putEntries("schemaMappings", entries, schemaMappings);
            return this;
        }

        /**
         * Adds type mappings, each {@code type=JavaType} or {@code type+format=JavaType}.
         *
         * @throws IllegalArgumentException for an entry without {@code =}
         */
        public Builder typeMappings(List<String> entries) {
            putEntries("typeMappings", entries, typeMappings);
            return this;
        }

        /**
         * Builds the conventions.
         *
         * @throws IllegalArgumentException when a mapping, the prefix or the suffix cannot work, saying why
         */
        public Conventions build() {
            return new Conventions(serializableModels, generatedAnnotation, beanValidation,
                    new ModelNaming(modelNamePrefix, modelNameSuffix), TypeMappings.of(schemaMappings, typeMappings));
        }

        private static void putEntries(String parameter, List<String> entries, Map<String, String> into) {
            if (entries == null) {
                return;
            }
            for (String entry : entries) {
                if (entry == null || entry.isBlank()) {
                    continue;
                }
                int equals = entry.indexOf('=');
                if (equals < 0) {
                    throw new IllegalArgumentException(parameter + ": '" + entry
                            + "' has no '='; write each entry as name=com.example.Type");
                }
                into.put(entry.substring(0, equals).trim(), entry.substring(equals + 1).trim());
            }
        }
    }
}
