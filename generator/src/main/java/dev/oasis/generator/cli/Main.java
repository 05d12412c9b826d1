package dev.oasis.generator.cli;

import dev.oasis.generator.GenerationResult;
import dev.oasis.generator.Generator;
import dev.oasis.generator.GeneratorConfig;
import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.diagnostic.GenerationException;
import dev.oasis.generator.select.OperationSelection;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The command-line tool:
 * {@code java -jar generator-cli.jar --spec FILE --output DIR [--package NAME] [--templates DIR]}, plus
 * options for extra templates, the operation filter, the default read mode and the validation level.
 * Prints what it wrote; on bad input prints the problems and exits with status 1, writing nothing.
 */
public final class Main {

    private static final String USAGE = String.join(System.lineSeparator(),
            "usage: java -jar generator-cli.jar --spec FILE --output DIR [--package NAME] [--templates DIR]",
            "         [--extra-template SCOPE:TEMPLATE:PATTERN]... [--operations ID,...] [--tags TAG,...]",
            "         [--read-mode tolerant|strict|strict-closed] [--validation strict|standard|lenient]");

    private Main() {
    }

    /** Runs the tool and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the tool; returns 0 on success, 1 on bad input, 2 on bad arguments. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CliArguments arguments;
        try {
            arguments = CliArguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        if (arguments.help()) {
            out.println(USAGE);
            return 0;
        }
        GeneratorConfig.Builder config = GeneratorConfig.builder(arguments.spec(), arguments.output())
                .basePackage(arguments.basePackage())
                .templateDirectory(arguments.templates())
                .operations(OperationSelection.of(arguments.operationIds(), arguments.tags()))
                .readMode(arguments.readMode())
                .validation(arguments.validation());
        arguments.extraTemplates().forEach(config::extraTemplate);
        try {
            GenerationResult result = new Generator().generate(config.build());
            result.warnings().forEach(warning -> err.println(warning.format()));
            for (Path file : result.written()) {
                out.println("wrote " + file);
            }
            out.printf("%d files written, %d unchanged, under %s%n",
                    result.written().size(), result.unchanged().size(), arguments.output());
            return 0;
        } catch (GenerationException e) {
            e.diagnostics().stream().map(Diagnostic::format).forEach(err::println);
            long errors = e.diagnostics().stream().filter(Diagnostic::isError).count();
            err.println(errors + (errors == 1 ? " error" : " errors") + "; nothing was written");
            return 1;
        }
    }
}
