package dev.oasis.generator.cli;

import java.nio.file.Path;

/**
 * The parsed command line.
 *
 * @param spec the spec file
 * @param output the output directory
 * @param basePackage the base package, or null for the default
 * @param templates the template override directory, or null
 * @param help whether help was asked for
 */
record CliArguments(Path spec, Path output, String basePackage, Path templates, boolean help) {

    static CliArguments parse(String[] args) {
        Path spec = null;
        Path output = null;
        String basePackage = null;
        Path templates = null;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                return new CliArguments(null, null, null, null, true);
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
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (spec == null || output == null) {
            throw new IllegalArgumentException("--spec and --output are required");
        }
        return new CliArguments(spec, output, basePackage, templates, false);
    }
}
