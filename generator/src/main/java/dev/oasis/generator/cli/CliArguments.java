package dev.oasis.generator.cli;

import dev.oasis.generator.Conventions;
import dev.oasis.generator.ExtraTemplate;
import dev.oasis.generator.GeneratorConfig;
import dev.oasis.generator.select.OperationSelection;
import dev.oasis.generator.validate.ValidationLevel;
import dev.oasis.runtime.ReadMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The parsed command line: what to generate, and how the tool talks.
 *
 * @param config what to generate; null when only help or the version was asked for
 * @param help whether help was asked for
 * @param version whether the version was asked for
 * @param quiet whether to print only problems
 */
record CliArguments(GeneratorConfig config, boolean help, boolean version, boolean quiet) {

    /** The options that take no value. */
    private static final Set<String> FLAGS = Set.of("--help", "-h", "--version", "--quiet", "-q", "--serializable-models",
            "--generated-annotation", "--bean-validation");

    /**
     * Parses the arguments.
     *
     * @throws IllegalArgumentException naming the option that is unknown, lacks its value or has a bad one
     */
    static CliArguments parse(String[] args) {
        Options options = new Options();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (FLAGS.contains(option)) {
                options.flag(option);
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option.startsWith("-") ? "option " + option + " needs a value" : "unexpected argument " + option);
            }
            options.value(option, args[++i]);
        }
        if (options.help || options.version) {
            return new CliArguments(null, options.help, options.version, options.quiet);
        }
        if (options.spec == null || options.output == null) {
            throw new IllegalArgumentException("--spec and --output are required");
        }
        return new CliArguments(options.config(), false, false, options.quiet);
    }

    /** The options as they are read. */
    private static final class Options {

        private Path spec;
        private Path output;
        private String basePackage;
        private String runtimePackage;
        private Path templates;
        private final List<ExtraTemplate> extraTemplates = new ArrayList<>();
        private final List<String> operationIds = new ArrayList<>();
        private final List<String> tags = new ArrayList<>();
        private ReadMode readMode;
        private ValidationLevel validation;
        private final Conventions.Builder conventions = Conventions.builder();
        private final List<String> schemaMappings = new ArrayList<>();
        private final List<String> typeMappings = new ArrayList<>();
        private boolean help;
        private boolean version;
        private boolean quiet;

        void flag(String option) {
            switch (option) {
                case "--help", "-h" -> help = true;
                case "--version" -> version = true;
                case "--quiet", "-q" -> quiet = true;
                case "--serializable-models" -> conventions.serializableModels(true);
                case "--generated-annotation" -> conventions.generatedAnnotation(true);
                default -> conventions.beanValidation(true);
            }
        }

        void value(String option, String value) {
            switch (option) {
                case "--spec" -> spec = Path.of(value);
                case "--output" -> output = Path.of(value);
                case "--package" -> basePackage = value;
                case "--runtime-package" -> runtimePackage = value;
                case "--templates" -> templates = Path.of(value);
                case "--extra-template" -> extraTemplates.add(ExtraTemplate.parse(value));
                case "--operations" -> operationIds.addAll(Arrays.asList(value.split(",")));
                case "--tags" -> tags.addAll(Arrays.asList(value.split(",")));
                case "--read-mode" -> readMode = readMode(value);
                case "--validation" -> validation = validation(value);
                case "--schema-mapping" -> schemaMappings.add(value);
                case "--type-mapping" -> typeMappings.add(value);
                case "--model-name-prefix" -> conventions.modelNamePrefix(value);
                case "--model-name-suffix" -> conventions.modelNameSuffix(value);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }

        GeneratorConfig config() {
            GeneratorConfig.Builder config = GeneratorConfig.builder(spec, output)
                    .basePackage(basePackage)
                    .runtimePackage(runtimePackage)
                    .templateDirectory(templates)
                    .operations(OperationSelection.of(operationIds, tags))
                    .readMode(readMode)
                    .validation(validation)
                    .conventions(conventions.schemaMappings(schemaMappings).typeMappings(typeMappings).build());
            extraTemplates.forEach(config::extraTemplate);
            return config.build();
        }

        private static ValidationLevel validation(String value) {
            try {
                return ValidationLevel.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--validation must be strict, standard or lenient, not '" + value + "'", e);
            }
        }

        private static ReadMode readMode(String value) {
            try {
                return ReadMode.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--read-mode must be tolerant, strict or strict-closed, not '" + value + "'", e);
            }
        }
    }
}
