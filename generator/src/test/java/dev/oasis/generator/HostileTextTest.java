package dev.oasis.generator;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.render.RenderedFile;
import dev.oasis.generator.validate.ValidationLevel;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whatever text a spec holds, in enum literals, names, paths, descriptions and defaults, is accepted
 * and escaped: the client compiles cleanly, and no problem is blamed on a template.
 */
class HostileTextTest {

    private static final Path SPEC = RepositoryFiles.root().resolve("generator/src/test/resources/fixtures/hostile-text.yaml");

    @Test
    void everyEnumLiteralNameAndTextCompiles() {
        List<RenderedFile> files = GeneratedSources.render(SPEC, "com.example.hostile");

        assertThat(GeneratedSources.compile(files)).succeededWithoutWarnings();
        String kind = files.stream().filter(f -> f.relativePath().endsWith("/ThingKind.java")).findFirst().orElseThrow().content();
        assertTrue(kind.contains("of(\"*/\")") || kind.contains("new ThingKind(\"*/\")"), kind);
    }

    @Test
    void onlyTheComponentNamesOutsideOpenApisPatternAreReported() {
        assertEquals(List.of("structure.name", "structure.name"),
                SpecChecks.diagnose(SPEC, ValidationLevel.STANDARD).stream().map(Diagnostic::id).toList());
    }
}
