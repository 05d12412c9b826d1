package dev.oasis.maven;

import dev.oasis.generator.GenerationResult;
import dev.oasis.generator.apidiff.ApiChange;
import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.diagnostic.Severity;
import java.io.File;
import java.util.List;
import java.util.function.Consumer;
import org.apache.maven.plugin.logging.Log;

/** Writes a generation's outcome and diagnostics to the Maven log. */
final class ResultLog {

    private final Log log;

    ResultLog(Log log) {
        this.log = log;
    }

    /** Reports a successful run: one line when up to date, otherwise counts, API changes and warnings. */
    void report(GenerationResult result, File spec, long millis) {
        if (result.upToDate()) {
            log.info("oasis: " + result.unchanged().size() + " generated files are up to date with " + spec.getName()
                    + "; nothing to do (checked in " + millis + " ms)");
            return;
        }
        result.warnings().forEach(this::note);
        log.info("oasis: generated " + result.allFiles().size() + " files from " + spec + " (" + result.written().size()
                + " written, " + result.unchanged().size() + " unchanged, " + result.removed().size() + " removed) in "
                + millis + " ms");
        List<ApiChange> changes = result.apiChanges();
        if (!changes.isEmpty()) {
            log.info("oasis: " + changes.size() + " changes to the generated public API, " + result.breakingChanges().size()
                    + " of them breaking:");
            for (ApiChange change : changes) {
                if (change.isBreaking()) {
                    log.warn("  " + change.describe());
                } else {
                    log.info("  " + change.describe());
                }
            }
        }
    }

    /** Reports every diagnostic of a failed run: errors as errors, warnings as warnings, infos as infos. */
    void failure(List<Diagnostic> diagnostics) {
        for (Diagnostic diagnostic : diagnostics) {
            if (diagnostic.isError()) {
                eachLine(diagnostic.format(), log::error);
            } else {
                note(diagnostic);
            }
        }
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        log.error("oasis: " + errors + (errors == 1 ? " error" : " errors") + "; nothing was written");
    }

    private void note(Diagnostic diagnostic) {
        eachLine(diagnostic.format(), diagnostic.severity() == Severity.INFO ? log::info : log::warn);
    }

    /** Logs each line of a message (a diagnostic and its hint) on its own, so every line carries the level. */
    private static void eachLine(String message, Consumer<CharSequence> level) {
        message.lines().forEach(level);
    }
}
