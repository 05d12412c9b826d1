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
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

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
    void anUnknownOperationIdIsAnErrorThatSuggestsTheClosestOne() {
        GenerationException failure = assertThrows(GenerationException.class,
                () -> render(OperationSelection.of(List.of("GetIncidentTodos"), List.of())));

        Diagnostic error = failure.diagnostics().get(0);
        assertEquals("filter.unmatched", error.id());
        assertTrue(error.message().contains("'GetIncidentTodos'"), error.message());
        assertEquals("did you mean 'GetIncidentTodo'?", error.hint());
    }
}
