package dev.oasis.generator.cli;

import dev.oasis.generator.GenerationResult;
import dev.oasis.generator.Generator;
import dev.oasis.generator.GeneratorConfig;
import dev.oasis.generator.GeneratorVersion;
import dev.oasis.generator.Progress;
import dev.oasis.generator.build.ClassLookup;
import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.diagnostic.GenerationException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The command-line tool: {@code java -jar generator-cli.jar --spec FILE --output DIR [options]}.
 * Prints what it wrote; on a terminal it also shows each stage on standard error as it finishes.
 * Exits with 0 on success, 1 when the spec or templates have errors (nothing is written), 2 for a
 * bad command line, 3 when files cannot be read or written.
 */
public final class Main {

    /** Success. */
    static final int OK = 0;
    /** The spec or the templates have errors; nothing was written. */
    static final int INVALID_INPUT = 1;
    /** The command line is wrong. */
    static final int USAGE_ERROR = 2;
    /** A file could not be read or written. */
    static final int IO_ERROR = 3;

    private static final String USAGE = String.join(System.lineSeparator(),
            "usage: java -jar generator-cli.jar --spec FILE --output DIR [options]",
            "",
            "  --spec FILE                       the OpenAPI spec, YAML or JSON (files it $refs are followed)",
            "  --output DIR                      where the sources are written",
            "  --package NAME                    the base package (default org.openapi.client)",
            "  --runtime-package NAME            the package of a runtime another generation writes (default: --package)",
            "  --templates DIR                   templates that replace built-in ones of the same relative name",
            "  --extra-template SCOPE:TEMPLATE:PATTERN   one more file per model, api or once (repeatable)",
            "  --operations ID,...               only these operations and the schemas they reach",
            "  --tags TAG,...                    only the operations with these tags",
            "  --read-mode tolerant|strict|strict-closed   the generated client's default read mode",
            "  --validation strict|standard|lenient   how strictly the spec is held to OpenAPI (default standard)",
            "  --serializable-models             models, enums and unions implement java.io.Serializable",
            "  --generated-annotation            @javax.annotation.processing.Generated on every generated class",
            "  --bean-validation                 Jakarta Bean Validation annotations from the schema's constraints",
            "  --schema-mapping SCHEMA=CLASS     use the team's class for a schema; it is not generated (repeatable)",
            "  --type-mapping TYPE[+FORMAT]=TYPE use a Java type for a type and format, e.g. string+date-time=java.time.Instant",
            "  --model-name-prefix TEXT          text before every model class name",
            "  --model-name-suffix TEXT          text after every model class name",
            "  --quiet, -q                       print only warnings and errors",
            "  --version                         print the version and exit",
            "  --help, -h                        print this help and exit",
            "",
            "exit status: 0 generated; 1 the spec or templates have errors, nothing was written;",
            "             2 the command line is wrong; 3 a file could not be read or written");

    private Main() {
    }

    /**
     * Runs the tool and exits with its status; shows progress when standard error is a terminal. Started
     * without JVM options, it runs in a second JVM set up for a short batch run ({@link BatchJvm}).
     */
    public static void main(String[] args) {
        System.exit(BatchJvm.run(args).orElseGet(() -> run(args, System.out, System.err, System.console() != null)));
    }

    /** Runs the tool without showing progress; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, false);
    }

    /**
     * Runs the tool; returns the exit status.
     *
     * @param terminal whether the output goes to a terminal, where each stage is shown as it finishes
     */
    public static int run(String[] args, PrintStream out, PrintStream err, boolean terminal) {
        CliArguments arguments;
        try {
            arguments = CliArguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println(USAGE);
            return USAGE_ERROR;
        }
        if (arguments.help()) {
            out.println(USAGE);
            return OK;
        }
        if (arguments.version()) {
            out.println("oasis-generator " + GeneratorVersion.get() + " (Java " + Runtime.version().feature() + ")");
            return OK;
        }
        GeneratorConfig config = arguments.config();
        Progress progress = terminal && !arguments.quiet() ? new StageLines(err) : Progress.NONE;
        try {
            GenerationResult result = new Generator(ClassLookup.ANY, progress).generate(config);
            result.warnings().forEach(warning -> err.println(warning.format()));
            if (!arguments.quiet()) {
                for (Path file : result.written()) {
                    out.println("wrote " + file);
                }
                out.printf("%d files written, %d unchanged, under %s%n", result.written().size(), result.unchanged().size(),
                        config.outputDirectory());
            }
            return OK;
        } catch (GenerationException e) {
            e.diagnostics().stream().map(Diagnostic::format).forEach(err::println);
            long errors = e.diagnostics().stream().filter(Diagnostic::isError).count();
            err.println(errors + (errors == 1 ? " error" : " errors") + "; nothing was written");
            return INVALID_INPUT;
        } catch (UncheckedIOException e) {
            err.println("error: " + e.getMessage() + ": " + e.getCause().getMessage());
            return IO_ERROR;
        }
    }
}
