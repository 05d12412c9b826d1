package dev.oasis.generator.diagnostic;

import java.util.List;
import java.util.stream.Collectors;

/** Generation stopped because of errors; carries every diagnostic collected until then. */
public final class GenerationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;

    /** Creates the exception from the diagnostics of the failed run. */
    public GenerationException(List<Diagnostic> diagnostics) {
        super(summarize(diagnostics));
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** A single error as an exception. */
    public static GenerationException of(Diagnostic error) {
        return new GenerationException(List.of(error));
    }

    /** The diagnostics, errors first. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    private static String summarize(List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        return diagnostics.stream().map(Diagnostic::format).collect(Collectors.joining(System.lineSeparator()))
                + System.lineSeparator() + errors + (errors == 1 ? " error" : " errors");
    }
}
