package dev.oasis.generator;

import dev.oasis.generator.refine.JavaIdentifiers;
import dev.oasis.generator.select.OperationSelection;
import dev.oasis.generator.validate.ValidationLevel;
import dev.oasis.runtime.ReadMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What to generate and where.
 *
 * @param specFile the OpenAPI spec (YAML or JSON)
 * @param outputDirectory the source root the Java files are written under
 * @param basePackage the base package; the spec's {@code ApiClient} goes here, and the runtime unless
 *     {@code runtimePackage} says otherwise
 * @param modelPackage the package of model classes ({@code basePackage.model} unless set)
 * @param apiPackage the package of API classes ({@code basePackage.api} unless set)
 * @param templateDirectory a folder whose templates override the built-in ones by relative name
 * @param extraTemplates user templates rendered in addition to the built-in ones
 * @param operations the operations to generate, with the types they reach
 * @param readMode how the generated client reads responses by default
 * @param validation how strictly the spec is held to OpenAPI
 * @param runtimePackage the package of the client runtime ({@code ApiException}, {@code ApiRequest},
 *     {@code RetryPolicy}, {@code .json}); {@code basePackage} unless set. The runtime is written only
 *     when it is the base package; otherwise the generated code uses the one already there, so that
 *     several executions share one runtime
 * @param conventions the team's conventions for the generated code and its own types
 */
public record GeneratorConfig(
        Path specFile,
        Path outputDirectory,
        String basePackage,
        String modelPackage,
        String apiPackage,
        Optional<Path> templateDirectory,
        List<ExtraTemplate> extraTemplates,
        OperationSelection operations,
        ReadMode readMode,
        ValidationLevel validation,
        String runtimePackage,
        Conventions conventions) {

    /** The base package used when none is given. */
    public static final String DEFAULT_BASE_PACKAGE = "org.openapi.client";

    private static final Pattern VALID_PACKAGE =
            Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)*");

    public GeneratorConfig {
        Objects.requireNonNull(specFile, "specFile");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        basePackage = packageName(isBlank(basePackage) ? DEFAULT_BASE_PACKAGE : basePackage);
        modelPackage = isBlank(modelPackage) ? basePackage + ".model" : packageName(modelPackage);
        apiPackage = isBlank(apiPackage) ? basePackage + ".api" : packageName(apiPackage);
        templateDirectory = templateDirectory == null ? Optional.empty() : templateDirectory;
        extraTemplates = extraTemplates == null ? List.of() : List.copyOf(extraTemplates);
        operations = operations == null ? OperationSelection.ALL : operations;
        readMode = readMode == null ? ReadMode.TOLERANT : readMode;
        validation = validation == null ? ValidationLevel.STANDARD : validation;
        runtimePackage = isBlank(runtimePackage) ? basePackage : packageName(runtimePackage);
        conventions = conventions == null ? Conventions.NONE : conventions;
    }

    /** A config with the default packages, every operation and no extra templates. */
    public GeneratorConfig(Path specFile, Path outputDirectory, String basePackage, Optional<Path> templateDirectory) {
        this(specFile, outputDirectory, basePackage, null, null, templateDirectory, List.of(), OperationSelection.ALL, ReadMode.TOLERANT,
                ValidationLevel.STANDARD, null, Conventions.NONE);
    }

    /** A builder, for callers that set only some values. */
    public static Builder builder(Path specFile, Path outputDirectory) {
        return new Builder(specFile, outputDirectory);
    }

    /**
     * Every setting that decides the output, one per line, in a fixed order; the incremental check
     * compares it with the previous run's.
     */
    public String describe() {
        return String.join("\n",
                "spec=" + specFile.toAbsolutePath().normalize(),
                "output=" + outputDirectory.toAbsolutePath().normalize(),
                "basePackage=" + basePackage,
                "modelPackage=" + modelPackage,
                "apiPackage=" + apiPackage,
                "templates=" + templateDirectory.map(dir -> dir.toAbsolutePath().normalize().toString()).orElse(""),
                "extraTemplates=" + extraTemplates,
                "operationIds=" + operations.operationIds(),
                "tags=" + operations.tags(),
                "readMode=" + readMode,
                "validation=" + validation,
                "runtimePackage=" + runtimePackage,
                conventions.describe());
    }

    /** Whether this generation writes the client runtime: only when it lives in the base package. */
    public boolean writesRuntime() {
        return runtimePackage.equals(basePackage);
    }

    /**
     * The valid package name the generator uses for {@code text}, when it differs from the text (such
     * as {@code com.mycompany.petstore} for {@code com.my-company.petstore}), for adapters to warn about.
     */
    public static Optional<String> renamedPackage(String text) {
        if (isBlank(text)) {
            return Optional.empty();
        }
        String valid = packageName(text.trim());
        return valid.equals(text) ? Optional.empty() : Optional.of(valid);
    }

    /**
     * The text as a valid package name. Text that already is one is returned as it is without
     * {@link JavaIdentifiers#packageName}, whose Unicode normalisation costs tens of milliseconds
     * in a fresh JVM, which the up-to-date check of every build should not pay.
     */
    private static String packageName(String text) {
        boolean valid = VALID_PACKAGE.matcher(text).matches()
                && Arrays.stream(text.split("\\.")).noneMatch(JavaIdentifiers.KEYWORDS::contains);
        return valid ? text : JavaIdentifiers.packageName(text);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** Builds a {@link GeneratorConfig}. */
    public static final class Builder {

        private final Path specFile;
        private final Path outputDirectory;
        private String basePackage = DEFAULT_BASE_PACKAGE;
        private String modelPackage;
        private String apiPackage;
        private Path templateDirectory;
        private final List<ExtraTemplate> extraTemplates = new ArrayList<>();
        private OperationSelection operations = OperationSelection.ALL;
        private ReadMode readMode = ReadMode.TOLERANT;
        private ValidationLevel validation = ValidationLevel.STANDARD;
        private String runtimePackage;
        private Conventions conventions = Conventions.NONE;

        private Builder(Path specFile, Path outputDirectory) {
            this.specFile = specFile;
            this.outputDirectory = outputDirectory;
        }

        /** Sets the base package. */
        public Builder basePackage(String value) {
            this.basePackage = value;
            return this;
        }

        /** Sets the model package; null or blank for {@code basePackage.model}. */
        public Builder modelPackage(String value) {
            this.modelPackage = value;
            return this;
        }

        /** Sets the API package; null or blank for {@code basePackage.api}. */
        public Builder apiPackage(String value) {
            this.apiPackage = value;
            return this;
        }

        /** Sets the folder of template overrides; null for none. */
        public Builder templateDirectory(Path value) {
            this.templateDirectory = value;
            return this;
        }

        /** Adds an extra template. */
        public Builder extraTemplate(ExtraTemplate value) {
            this.extraTemplates.add(value);
            return this;
        }

        /** Chooses the operations to generate. */
        public Builder operations(OperationSelection value) {
            this.operations = value;
            return this;
        }

        /** Sets how the generated client reads responses by default. */
        public Builder readMode(ReadMode value) {
            this.readMode = value;
            return this;
        }

        /** Sets how strictly the spec is held to OpenAPI. */
        public Builder validation(ValidationLevel value) {
            this.validation = value;
            return this;
        }

        /** Sets the package of the client runtime; null or blank for the base package. */
        public Builder runtimePackage(String value) {
            this.runtimePackage = value;
            return this;
        }

        /** Sets the team's conventions for the generated code; null for none. */
        public Builder conventions(Conventions value) {
            this.conventions = value;
            return this;
        }

        /** Builds the config. */
        public GeneratorConfig build() {
            return new GeneratorConfig(specFile, outputDirectory, basePackage, modelPackage, apiPackage,
                    Optional.ofNullable(templateDirectory), extraTemplates, operations, readMode, validation, runtimePackage, conventions);
        }
    }
}
