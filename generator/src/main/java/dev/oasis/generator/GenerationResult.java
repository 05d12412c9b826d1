package dev.oasis.generator;

import dev.oasis.generator.apidiff.ApiChange;
import dev.oasis.generator.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The outcome of a successful generation.
 *
 * @param upToDate true when nothing that affects the output changed and nothing was done
 * @param written files created or changed
 * @param unchanged files that already had the right content and were left alone
 * @param removed files an earlier generation wrote that are no longer generated, now deleted
 * @param warnings diagnostics that did not stop generation: warnings, and infos such as a Swagger 2.0 conversion
 * @param apiChanges changes to the generated public API since the previous output, if there was one
 */
public record GenerationResult(
        boolean upToDate,
        List<Path> written,
        List<Path> unchanged,
        List<Path> removed,
        List<Diagnostic> warnings,
        List<ApiChange> apiChanges) {

    public GenerationResult {
        written = List.copyOf(written);
        unchanged = List.copyOf(unchanged);
        removed = List.copyOf(removed);
        warnings = List.copyOf(warnings);
        apiChanges = List.copyOf(apiChanges);
    }

    /** The result of a run that found its output up to date. */
    static GenerationResult upToDate(List<Path> files) {
        return new GenerationResult(true, List.of(), files, List.of(), List.of(), List.of());
    }

    /** Every file the generation produced, written or unchanged. */
    public List<Path> allFiles() {
        return Stream.concat(written.stream(), unchanged.stream()).sorted().toList();
    }

    /** The API changes that may break callers. */
    public List<ApiChange> breakingChanges() {
        return apiChanges.stream().filter(ApiChange::isBreaking).toList();
    }
}
