package dev.oasis.generator;

import dev.oasis.generator.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of a successful generation.
 *
 * @param written files created or changed
 * @param unchanged files that already had the right content and were left alone
 * @param warnings diagnostics that did not stop generation
 */
public record GenerationResult(List<Path> written, List<Path> unchanged, List<Diagnostic> warnings) {

    /** Every file the generation produced, written or unchanged. */
    public List<Path> allFiles() {
        return java.util.stream.Stream.concat(written.stream(), unchanged.stream()).sorted().toList();
    }
}
