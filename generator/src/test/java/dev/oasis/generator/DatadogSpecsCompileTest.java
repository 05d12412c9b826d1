package dev.oasis.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oasis.generator.build.UnionProof;
import dev.oasis.generator.render.RenderedFile;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Datadog's full public specs generate, everything generated has no unused or missing import, and it
 * compiles in one javac call with {@code -Xlint:all} and not a single warning. The compiled client
 * then proves every union branch reachable ({@link UnionProof}): each payload written from a branch's
 * own schema is read as that branch without a deviation, or as a branch a warning names. Prints the
 * time, files, lines and the proof's figures for the record.
 */
class DatadogSpecsCompileTest {

    @Test
    void datadogV1CompilesWithoutWarningsAndEveryUnionBranchIsReachable(@TempDir Path classes) throws IOException {
        assertCompilesCleanlyAndProvesUnions("datadog-v1-openapi.yaml", "com.datadog.v1", classes);
    }

    @Test
    void datadogV2CompilesWithoutWarningsAndEveryUnionBranchIsReachable(@TempDir Path classes) throws IOException {
        assertCompilesCleanlyAndProvesUnions("datadog-v2-openapi.yaml", "com.datadog.v2", classes);
    }

    private static void assertCompilesCleanlyAndProvesUnions(String specName, String basePackage, Path classes) throws IOException {
        long start = System.nanoTime();
        Path spec = RepositoryFiles.corpus(specName);
        List<RenderedFile> files = GeneratedSources.renderOnce(spec, basePackage);
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

        Map<String, String> sources = files.stream().collect(Collectors.toMap(RenderedFile::relativePath, RenderedFile::content));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                DatadogSpecsCompileTest.class.getClassLoader())) {
            UnionProof.Figures figures = UnionProof.run(spec, basePackage, sources::get, loader);
            System.out.printf(Locale.ROOT, "%s union proof: %s (%.1f s)%n", specName, figures.summary(),
                    (System.nanoTime() - compiled) / 1e9);
            assertEquals(List.of(), figures.failures().subList(0, Math.min(figures.failures().size(), 30)),
                    () -> figures.failures().size() + " payloads read otherwise");
        }
    }
}
