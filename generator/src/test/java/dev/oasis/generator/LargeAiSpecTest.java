package dev.oasis.generator;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.oasis.generator.build.UnionProof;
import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.render.RenderedFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spec in the style of the public AI and payment APIs ({@link AiApiSpecs}): its nullability idioms
 * give nullable types, not unions, its unions give no warning, the client compiles cleanly, and the
 * union proof holds. {@code -Doasis.aiSpec.groups=N} writes N groups of {@value AiApiSpecs#SCHEMAS_PER_GROUP}
 * schemas (2 by default; 120 gives the 3,360 schemas of the figures in the README).
 */
class LargeAiSpecTest {

    @TempDir
    Path folder;

    @Test
    void aiAndPaymentIdiomsGiveTypesWithoutAmbiguityWarnings() throws IOException {
        int groups = Integer.getInteger("oasis.aiSpec.groups", 2);
        Path spec = AiApiSpecs.write(folder.resolve("ai.yaml"), groups);
        GenerationResult result = new Generator().generate(GeneratorConfig.builder(spec, folder.resolve("out"))
                .basePackage("ai").build());
        List<Diagnostic> ambiguous = result.warnings().stream().filter(d -> d.id().equals("union.ambiguous")).toList();

        System.out.printf("%d schemas: %d warnings, %d of them union.ambiguous%n", groups * AiApiSpecs.SCHEMAS_PER_GROUP,
                result.warnings().size(), ambiguous.size());
        assertEquals(List.of(), ambiguous.stream().map(Diagnostic::format).toList());
        assertEquals(List.of(), result.warnings().stream().map(Diagnostic::format).toList());
        if (groups <= 4) {
            List<RenderedFile> files = GeneratedSources.render(spec, "ai");
            Compilation compilation = GeneratedSources.compile(files);
            assertThat(compilation).succeededWithoutWarnings();
            Map<String, String> sources = files.stream().collect(Collectors.toMap(RenderedFile::relativePath, RenderedFile::content));
            UnionProof.Figures figures = UnionProof.run(spec, "ai", sources::get, new GeneratedClasses(compilation));
            System.out.println("AI spec union proof: " + figures.summary());
            assertEquals(List.of(), figures.failures());
            assertEquals(List.of(), figures.unreachable());
        }
    }
}
