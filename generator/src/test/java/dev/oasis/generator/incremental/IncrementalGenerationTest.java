package dev.oasis.generator.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oasis.generator.GenerationResult;
import dev.oasis.generator.Generator;
import dev.oasis.generator.GeneratorConfig;
import dev.oasis.generator.RepositoryFiles;
import dev.oasis.generator.diagnostic.GenerationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Incremental generation: what makes a run skip, and what a run that does not skip writes and removes. */
class IncrementalGenerationTest {

    private static final String TODO = "com/example/model/IncidentTodoResponse.java";

    @TempDir
    Path dir;

    private Path spec;
    private Path output;
    private Path state;
    private final Generator generator = new Generator();

    @BeforeEach
    void firstGeneration() throws IOException {
        spec = Files.copy(RepositoryFiles.incidentsSpec(), dir.resolve("incidents.yaml"));
        output = dir.resolve("out");
        state = dir.resolve("state/out.state");
        GenerationResult first = generate(config().build());
        assertFalse(first.upToDate());
        assertTrue(Files.isRegularFile(output.resolve(TODO)));
    }

    private GeneratorConfig.Builder config() {
        return GeneratorConfig.builder(spec, output).basePackage("com.example");
    }

    private GenerationResult generate(GeneratorConfig config) {
        return generator.generate(config, state, false);
    }

    @Test
    void anUnchangedRunDoesNothing() throws IOException {
        FileTime written = Files.getLastModifiedTime(output.resolve(TODO));

        GenerationResult second = generate(config().build());

        assertTrue(second.upToDate());
        assertEquals(written, Files.getLastModifiedTime(output.resolve(TODO)));
    }

    @Test
    void configurationSpecAndTemplateChangesEachRegenerate() throws IOException {
        assertFalse(generate(config().readMode(dev.oasis.runtime.ReadMode.STRICT).build()).upToDate(), "configuration");
        assertTrue(generate(config().readMode(dev.oasis.runtime.ReadMode.STRICT).build()).upToDate());

        Files.writeString(spec, Files.readString(spec).replace("title: Datadog API V2 Collection", "title: Datadog"));
        GenerationResult specChanged = generate(config().readMode(dev.oasis.runtime.ReadMode.STRICT).build());
        assertFalse(specChanged.upToDate(), "spec");
        assertTrue(specChanged.written().contains(output.resolve("com/example/ApiClient.java")));
        assertFalse(specChanged.written().contains(output.resolve(TODO)), "files whose content is the same are left alone");

        Path templates = Files.createDirectories(dir.resolve("templates/partials"));
        Files.writeString(templates.resolve("javadoc.mustache"), "/** Overridden. */\n");
        assertFalse(generate(config().readMode(dev.oasis.runtime.ReadMode.STRICT).templateDirectory(templates.getParent()).build())
                .upToDate(), "template");
        assertTrue(Files.readString(output.resolve(TODO)).contains("/** Overridden. */"));
    }

    @Test
    void aDeletedFileComesBackAndFilesNoLongerGeneratedGoButUserFilesStay() throws IOException {
        Files.delete(output.resolve(TODO));
        GenerationResult restored = generate(config().build());
        assertEquals(java.util.List.of(output.resolve(TODO)), restored.written());

        Path userFile = Files.writeString(output.resolve("com/example/model/Notes.txt"), "mine");
        GenerationResult moved = generate(config().modelPackage("com.example.types").build());

        assertTrue(Files.isRegularFile(output.resolve("com/example/types/IncidentTodoResponse.java")));
        assertFalse(Files.exists(output.resolve(TODO)));
        assertTrue(moved.removed().contains(output.resolve(TODO)));
        assertTrue(Files.isRegularFile(userFile));
    }

    @Test
    void aFailedGenerationLeavesOutputAndStateAsTheyWere() throws IOException {
        String stateBefore = Files.readString(state);
        FileTime written = Files.getLastModifiedTime(output.resolve(TODO));
        Files.writeString(spec, Files.readString(spec).replace("$ref: \"#/components/schemas/IncidentTodoResponse\"",
                "$ref: \"#/components/schemas/IncidentTodoRespons\""));

        assertThrows(GenerationException.class, () -> generate(config().build()));

        assertEquals(stateBefore, Files.readString(state));
        assertEquals(written, Files.getLastModifiedTime(output.resolve(TODO)));
    }

    @Test
    void removingAFieldIsABreakingChangeThatCanFailTheGeneration() throws IOException {
        String original = Files.readString(spec);
        String withoutCompleted = original.replaceFirst("(?m)^        completed:\n(?:          .*\n)+", "");
        assertTrue(withoutCompleted.length() < original.length(), "the spec has IncidentTodoAttributes.completed");
        Files.writeString(spec, withoutCompleted);

        GenerationException failure = assertThrows(GenerationException.class,
                () -> generator.generate(config().build(), state, true));
        assertTrue(failure.getMessage().contains("BREAKING removed method com.example.model.IncidentTodoAttributes#getCompleted()"),
                failure.getMessage());

        GenerationResult accepted = generate(config().build());
        assertTrue(accepted.breakingChanges().stream()
                .anyMatch(change -> change.element().equals("method com.example.model.IncidentTodoAttributes#getCompleted()")));
    }
}
