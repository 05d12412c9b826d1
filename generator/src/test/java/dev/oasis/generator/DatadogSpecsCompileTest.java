package dev.oasis.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oasis.generator.render.RenderedFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Datadog's full public specs generate, everything generated has no unused or missing import, and it
 * compiles in one javac call with {@code -Xlint:all} and not a single warning. Prints the time, files and lines for the record.
 */
class DatadogSpecsCompileTest {

    @Test
    void datadogV1CompilesWithoutWarnings(@TempDir Path classes) throws IOException {
        assertCompilesCleanly("datadog-v1-openapi.yaml", "com.datadog.v1", classes);
    }

    @Test
    void datadogV2CompilesWithoutWarnings(@TempDir Path classes) throws IOException {
        assertCompilesCleanly("datadog-v2-openapi.yaml", "com.datadog.v2", classes);
    }

    private static void assertCompilesCleanly(String specName, String basePackage, Path classes) throws IOException {
        long start = System.nanoTime();
        List<RenderedFile> files = GeneratedSources.renderOnce(RepositoryFiles.corpus(specName), basePackage);
        long rendered = System.nanoTime();

        DiagnosticCollector<JavaFileObject> diagnostics = GeneratedSources.compileToDirectory(files, classes);
        long compiled = System.nanoTime();

        List<String> problems = diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
                .map(d -> d.getKind() + " " + (d.getSource() == null ? "" : d.getSource().getName()) + ":"
                        + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                .toList();
        long lines = files.stream().mapToLong(f -> f.content().lines().count()).sum();
        System.out.printf(Locale.ROOT, "%s: %,d files, %,d lines; rendered in %.1f s, compiled in %.1f s%n",
                specName, files.size(), lines, (rendered - start) / 1e9, (compiled - rendered) / 1e9);
        assertTrue(files.size() > 500, "too few files: " + files.size());
        List<String> importProblems = ImportCheck.problems(files);
        assertEquals(List.of(), importProblems.subList(0, Math.min(importProblems.size(), 50)),
                () -> importProblems.size() + " unused or missing imports");
        assertEquals(List.of(), problems.subList(0, Math.min(problems.size(), 50)),
                () -> problems.size() + " diagnostics");
    }
}
