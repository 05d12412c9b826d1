package dev.oasis.generator.select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.oasis.generator.GeneratedSources;
import dev.oasis.generator.Generator;
import dev.oasis.generator.GeneratorConfig;
import dev.oasis.generator.RepositoryFiles;
import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.diagnostic.GenerationException;
import dev.oasis.generator.render.RenderedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operation filter keeps the chosen operations and exactly the types they reach. */
class OperationFilterTest {

    private static List<RenderedFile> render(OperationSelection selection) {
        return new Generator().render(GeneratorConfig.builder(RepositoryFiles.incidentsSpec(), Path.of("unused"))
                .basePackage("com.example").operations(selection).build());
    }

    private static Set<String> paths(List<RenderedFile> files) {
        return new java.util.TreeSet<>(files.stream().map(RenderedFile::relativePath).toList());
    }

    @Test
    void oneOperationKeepsItsTypesAndDropsTheOthersAndStillCompiles() {
        List<RenderedFile> files = render(OperationSelection.of(List.of("GetIncidentTodo"), List.of()));

        Set<String> paths = paths(files);
        assertTrue(paths.contains("com/example/model/IncidentTodoResponse.java"));
        assertTrue(paths.contains("com/example/model/IncidentTodoAssignee.java"), "types reached through properties and unions");
        assertFalse(paths.contains("com/example/model/IncidentIntegrationMetadataResponse.java"));
        assertFalse(paths.contains("com/example/model/IncidentNotificationTemplate.java"));
        String api = files.stream().filter(f -> f.relativePath().endsWith("api/IncidentsApi.java")).findFirst().orElseThrow().content();
        assertTrue(api.contains("getIncidentTodo("));
        assertFalse(api.contains("getIncidentIntegration("));
        Compilation compilation = GeneratedSources.compile(files);
        assertEquals(Compilation.Status.SUCCESS, compilation.status(), compilation.diagnostics().toString());
        assertEquals(List.of(), compilation.warnings());
    }

    @Test
    void selectingEveryOperationByTagChangesNothing() {
        assertEquals(paths(render(OperationSelection.ALL)), paths(render(OperationSelection.of(List.of(), List.of("Incidents")))));
    }

    @Test
    void warningsAboutSchemasThatAreNotGeneratedAreDropped(@TempDir Path dir) throws IOException {
        Path spec = Files.writeString(dir.resolve("api.yaml"), """
                openapi: 3.0.3
                info: {title: T, version: "1"}
                paths:
                  /kept:
                    get:
                      operationId: kept
                      responses:
                        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Kept'}}}}
                  /dropped:
                    get:
                      operationId: dropped
                      responses:
                        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Dropped'}}}}
                components:
                  schemas:
                    A: {type: object, properties: {v: {type: string}}}
                    B: {type: object, properties: {v: {type: string}}}
                    Kept: {oneOf: [{$ref: '#/components/schemas/A'}, {$ref: '#/components/schemas/B'}]}
                    Dropped: {oneOf: [{$ref: '#/components/schemas/A'}, {$ref: '#/components/schemas/B'}]}
                """);
        GeneratorConfig.Builder config = GeneratorConfig.builder(spec, dir.resolve("out"));

        List<String> all = warnedPointers(new Generator().generate(config.build()));
        List<String> selected = warnedPointers(new Generator().generate(
                config.operations(OperationSelection.of(List.of("kept"), List.of())).build()));

        assertEquals(List.of("/components/schemas/Dropped/oneOf/1", "/components/schemas/Kept/oneOf/1"), all);
        assertEquals(List.of("/components/schemas/Kept/oneOf/1"), selected);
    }

    private static List<String> warnedPointers(dev.oasis.generator.GenerationResult result) {
        return result.warnings().stream().map(Diagnostic::pointer).sorted().toList();
    }

    @Test
    void anUnknownOperationIdIsAnErrorThatSuggestsTheClosestOne() {
        GenerationException failure = assertThrows(GenerationException.class,
                () -> render(OperationSelection.of(List.of("GetIncidentTodos"), List.of())));

        Diagnostic error = failure.diagnostics().get(0);
        assertEquals("filter.unmatched", error.id());
        assertTrue(error.message().contains("'GetIncidentTodos'"), error.message());
        assertEquals("did you mean 'GetIncidentTodo'?", error.hint());
    }
}
