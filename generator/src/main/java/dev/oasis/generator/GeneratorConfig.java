package dev.oasis.generator;

import dev.oasis.generator.refine.JavaIdentifiers;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What to generate and where.
 *
 * @param specFile the OpenAPI spec (YAML or JSON)
 * @param outputDirectory the source root the Java files are written under
 * @param basePackage the base package; models go to {@code .model}, APIs to {@code .api}
 * @param templateDirectory a folder whose templates override the built-in ones by relative name
 */
public record GeneratorConfig(Path specFile, Path outputDirectory, String basePackage, Optional<Path> templateDirectory) {

    /** The base package used when none is given. */
    public static final String DEFAULT_BASE_PACKAGE = "org.openapi.client";

    public GeneratorConfig {
        Objects.requireNonNull(specFile, "specFile");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        basePackage = JavaIdentifiers.packageName(basePackage == null ? DEFAULT_BASE_PACKAGE : basePackage);
        templateDirectory = templateDirectory == null ? Optional.empty() : templateDirectory;
    }

    /** A builder, for callers that set only some values. */
    public static Builder builder(Path specFile, Path outputDirectory) {
        return new Builder(specFile, outputDirectory);
    }

    /** Builds a {@link GeneratorConfig}. */
    public static final class Builder {

        private final Path specFile;
        private final Path outputDirectory;
        private String basePackage = DEFAULT_BASE_PACKAGE;
        private Path templateDirectory;

        private Builder(Path specFile, Path outputDirectory) {
            this.specFile = specFile;
            this.outputDirectory = outputDirectory;
        }

        /** Sets the base package. */
        public Builder basePackage(String value) {
            this.basePackage = value;
            return this;
        }

        /** Sets the folder of template overrides; null for none. */
        public Builder templateDirectory(Path value) {
            this.templateDirectory = value;
            return this;
        }

        /** Builds the config. */
        public GeneratorConfig build() {
            return new GeneratorConfig(specFile, outputDirectory, basePackage, Optional.ofNullable(templateDirectory));
        }
    }
}
