package dev.oasis.generator.cli;

import dev.oasis.generator.ExtraTemplate;
import dev.oasis.generator.validate.ValidationLevel;
import dev.oasis.runtime.ReadMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The parsed command line.
 *
 * @param spec the spec file
 * @param output the output directory
 * @param basePackage the base package, or null for the default
 * @param templates the template override directory, or null
 * @param extraTemplates extra templates, each {@code scope:template:outputPattern}
 * @param operationIds operationIds to generate; with {@code tags} empty too, every operation
 * @param tags tags whose operations to generate
 * @param readMode the generated client's default read mode, or null for the default
 * @param validation how strictly the spec is held to OpenAPI, or null for the default
 * @param help whether help was asked for
 */
record CliArguments(Path spec, Path output, String basePackage, Path templates, List<ExtraTemplate> extraTemplates,
        List<String> operationIds, List<String> tags, ReadMode readMode, ValidationLevel validation, boolean help) {

    static CliArguments parse(String[] args) {
        Path spec = null;
        Path output = null;
        String basePackage = null;
        Path templates = null;
        List<ExtraTemplate> extraTemplates = new ArrayList<>();
        List<String> operationIds = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        ReadMode readMode = null;
        ValidationLevel validation = null;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                return new CliArguments(null, null, null, null, List.of(), List.of(), List.of(), null, null, true);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + option + " needs a value");
            }
            String value = args[++i];
            switch (option) {
                case "--spec" -> spec = Path.of(value);
                case "--output" -> output = Path.of(value);
                case "--package" -> basePackage = value;
                case "--templates" -> templates = Path.of(value);
                case "--extra-template" -> extraTemplates.add(ExtraTemplate.parse(value));
                case "--operations" -> operationIds.addAll(Arrays.asList(value.split(",")));
                case "--tags" -> tags.addAll(Arrays.asList(value.split(",")));
                case "--read-mode" -> readMode = readMode(value);
                case "--validation" -> validation = validation(value);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (spec == null || output == null) {
            throw new IllegalArgumentException("--spec and --output are required");
        }
        return new CliArguments(spec, output, basePackage, templates, extraTemplates, operationIds, tags, readMode, validation,
                false);
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
