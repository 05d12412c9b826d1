package dev.oasis.generator;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.oasis.generator.build.UnionProof;
import dev.oasis.generator.render.RenderedFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The union proof ({@link UnionProof}) over every spec of the repository that has unions: each
 * payload written from a branch's own schema is read as that branch without a deviation, or as a
 * branch a warning names. Datadog's full specs get the same proof in {@code DatadogSpecsCompileTest}.
 */
class UnionProofTest {

    @ParameterizedTest
    @ValueSource(strings = {"generator/src/test/resources/fixtures/unions.yaml",
            "generator/src/test/resources/fixtures/unions-reach.yaml", "generator/src/test/resources/fixtures/openapi31.yaml",
            "spec/incidents.yaml"})
    void everyBranchOfEveryUnionReadsThePayloadsItsSchemaDescribes(String specPath) {
        Path spec = RepositoryFiles.root().resolve(specPath);
        List<RenderedFile> files = GeneratedSources.render(spec, "proof");
        Compilation compilation = GeneratedSources.compile(files);
        assertThat(compilation).succeededWithoutWarnings();
        Map<String, String> sources = files.stream().collect(Collectors.toMap(RenderedFile::relativePath, RenderedFile::content));

        UnionProof.Figures figures = UnionProof.run(spec, "proof", sources::get, new GeneratedClasses(compilation));

        System.out.println(specPath + " union proof: " + figures.summary());
        assertEquals(List.of(), figures.failures());
        assertEquals(List.of(), figures.unreachable());
        assertTrue(figures.payloads() >= figures.branches() - figures.unwritable(), figures.summary());
    }
}
