package dev.oasis.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.oasis.generator.render.RenderedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.DynamicTest;

/**
 * No generated file has an unused or a missing import: the incidents spec, the runtime fixture of
 * the sample client and every fixture spec. (Datadog's full specs are checked in
 * {@link DatadogSpecsCompileTest}, which renders them anyway.)
 */
class GeneratedImportsTest {

    @Test
    void theIncidentsClientHasNoUnusedOrMissingImport() {
        assertEquals(List.of(), ImportCheck.problems(GeneratedSources.render(RepositoryFiles.incidentsSpec(), "com.example.incidents")));
    }

    @Test
    void theRuntimeFixtureHasNoUnusedOrMissingImport() {
        Path spec = RepositoryFiles.root().resolve("sample-client/src/test/openapi/runtime-fixture.yaml");
        assertEquals(List.of(), ImportCheck.problems(GeneratedSources.render(spec, "com.example.fixture")));
    }

    @Test
    void theRequestsFixtureHasNoUnusedOrMissingImport() {
        Path spec = RepositoryFiles.root().resolve("sample-client/src/test/openapi/requests-fixture.yaml");
        assertEquals(List.of(), ImportCheck.problems(GeneratedSources.render(spec, "com.example.requests")));
    }

    @TestFactory
    Stream<DynamicTest> noFixtureHasAnUnusedOrMissingImport() throws IOException {
        List<Path> fixtures;
        try (Stream<Path> files = Files.list(RepositoryFiles.root().resolve("generator/src/test/resources/fixtures"))) {
            fixtures = files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
        }
        return fixtures.stream().map(spec -> DynamicTest.dynamicTest(spec.getFileName().toString(), () -> {
            List<RenderedFile> files = GeneratedSources.render(spec, "fx");
            assertEquals(List.of(), ImportCheck.problems(files));
        }));
    }

    @Test
    void theCheckFindsAnUnusedAndAMissingImport() {
        RenderedFile file = new RenderedFile("fx/A.java", """
                package fx;

                import java.util.List;

                class A {
                    Map<String, String> map;
                }
                """, "test");

        assertEquals(List.of("fx/A.java: unused import List", "fx/A.java: no import for Map"), ImportCheck.problems(List.of(file)));
    }
}
