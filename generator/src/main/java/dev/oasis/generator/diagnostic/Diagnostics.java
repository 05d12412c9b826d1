package dev.oasis.generator.diagnostic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects diagnostics from every stage so that all problems are reported together.
 * Not thread-safe: one instance per generation run.
 */
public final class Diagnostics {

    private final List<Diagnostic> reported = new ArrayList<>();

    /** Records a diagnostic. */
    public void report(Diagnostic diagnostic) {
        reported.add(diagnostic);
    }

    /** Drops the diagnostics that do not satisfy {@code keep}. */
    public void retainIf(java.util.function.Predicate<Diagnostic> keep) {
        reported.removeIf(keep.negate());
    }

    /** True when at least one error was reported. */
    public boolean hasErrors() {
        return reported.stream().anyMatch(Diagnostic::isError);
    }

    /** Everything reported so far, errors first, then in the order of the files and lines. */
    public List<Diagnostic> all() {
        List<Diagnostic> sorted = new ArrayList<>(reported);
        sorted.sort(Comparator.comparing(Diagnostic::severity)
                .thenComparing(d -> String.valueOf(d.location().file()))
                .thenComparingInt(d -> d.location().line())
                .thenComparingInt(d -> d.location().column()));
        return List.copyOf(sorted);
    }

    /** Throws {@link GenerationException} carrying everything reported, if any error was reported. */
    public void throwIfErrors() {
        if (hasErrors()) {
            throw new GenerationException(all());
        }
    }
}
