package dev.oasis.generator;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.oasis.generator.render.RenderedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The project's own spec generates a client that compiles cleanly, the same way every time. */
class IncidentsSpecTest {

    @Test
    void generatedSourcesCompileWithoutWarnings() {
        List<RenderedFile> files = GeneratedSources.render(RepositoryFiles.incidentsSpec(), "com.example.incidents");

        Compilation compilation = GeneratedSources.compile(files);

        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void generatesOneApiClassWithTheThreeOperations() {
        List<RenderedFile> files = GeneratedSources.render(RepositoryFiles.incidentsSpec(), "com.example.incidents");

        RenderedFile api = files.stream().filter(f -> f.relativePath().equals("com/example/incidents/api/IncidentsApi.java"))
                .findFirst().orElseThrow();
        assertTrue(api.content().contains("public IncidentTodoResponse getIncidentTodo(String incidentId, String todoId)"));
        assertTrue(api.content().contains("public IncidentIntegrationMetadataResponse getIncidentIntegration(String incidentId, String integrationMetadataId)"));
        assertTrue(api.content().contains("public IncidentNotificationTemplate getIncidentNotificationTemplate(UUID id, GetIncidentNotificationTemplateOptions options)"));
        assertEquals(1, files.stream().filter(f -> f.relativePath().contains("/api/")).count());
    }

    @Test
    void generatingTwiceWritesByteIdenticalFiles(@TempDir Path first, @TempDir Path second) throws IOException {
        Generator generator = new Generator();
        generator.generate(GeneratorConfig.builder(RepositoryFiles.incidentsSpec(), first).basePackage("com.example").build());
        generator.generate(GeneratorConfig.builder(RepositoryFiles.incidentsSpec(), second).basePackage("com.example").build());

        List<Path> firstFiles = relativeFiles(first);
        assertEquals(firstFiles, relativeFiles(second));
        assertTrue(firstFiles.size() > 50);
        for (Path file : firstFiles) {
            assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)), file.toString());
        }
    }

    @Test
    void unchangedFilesAreNotRewritten(@TempDir Path output) throws IOException {
        Generator generator = new Generator();
        GeneratorConfig config = GeneratorConfig.builder(RepositoryFiles.incidentsSpec(), output).build();
        GenerationResult first = generator.generate(config);

        GenerationResult second = generator.generate(config);

        assertTrue(second.written().isEmpty(), () -> "rewritten: " + second.written());
        assertEquals(first.written().size(), second.unchanged().size());
    }

    private static List<Path> relativeFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
