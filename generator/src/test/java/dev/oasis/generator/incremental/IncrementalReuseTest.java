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
import dev.oasis.generator.render.RenderedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A regeneration renders only the files whose template model changed, and what it leaves on disk is
 * always exactly what a fresh generation would write; a failure at any stage, staged files and all,
 * leaves the output and the state as they were.
 */
class IncrementalReuseTest {

    private static final String MODEL = "com/example/model/";

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
        generate(config());
    }

    @Test
    void renamingAReferencedTypeRewritesItsFileAndTheFilesThatNameIt() throws IOException {
        edit("IncidentTodoAttributes", "IncidentTodoDetails");

        GenerationResult result = generate(config());

        assertEquals(List.of(output.resolve(MODEL + "IncidentTodoAttributes.java")), result.removed());
        assertEquals(List.of(MODEL + "IncidentTodoDetails.java", MODEL + "IncidentTodoResponseData.java"), relative(result.written()));
        assertSameAsAFreshGeneration(config());
    }

    @Test
    void aNewTypeThatShadowsAnImportedNameRewritesTheFilesThatImportIt() throws IOException {
        String arrays = "    Arrays:\n      type: object\n      properties:\n        size:\n          type: integer\n";
        Files.writeString(spec, Files.readString(spec).replace("  schemas:\n", "  schemas:\n" + arrays));

        GenerationResult result = generate(config());

        assertTrue(relative(result.written()).contains(MODEL + "IncidentTodoAttributes.java"), result.written().toString());
        assertTrue(Files.readString(output.resolve(MODEL + "IncidentTodoAttributes.java")).contains("java.util.Arrays."));
        assertSameAsAFreshGeneration(config());
    }

    @Test
    void anEditThatChangesNoOutputRendersOnlyWhatItTouchesAndWritesNothing() throws IOException {
        Map<String, Long> times = modificationTimes();
        Files.writeString(spec, Files.readString(spec).replace("  schemas:\n", "  schemas:\n    # a comment\n"));

        GenerationResult result = generate(config());

        assertFalse(result.upToDate());
        assertEquals(List.of(), result.written());
        assertEquals(times, modificationTimes());
    }

    @Test
    void aHandEditedFileIsRestoredWhenAnythingIsRegenerated() throws IOException {
        Path todo = output.resolve(MODEL + "IncidentTodoAttributes.java");
        Files.writeString(todo, Files.readString(todo) + "// mine\n");
        edit("IncidentTodoAttributes", "IncidentTodoDetails");
        edit("IncidentTodoDetails", "IncidentTodoAttributes");
        Files.writeString(spec, Files.readString(spec).replace("  schemas:\n", "  schemas:\n    # touched\n"));

        GenerationResult result = generate(config());

        assertEquals(List.of(todo), result.written());
        assertSameAsAFreshGeneration(config());
    }

    @Test
    void aTemplateThatRendersBrokenJavaAfterFilesWereStagedLeavesOutputAndStateAsTheyWere() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("enum.mustache"), "package {{project.modelPackage}};\nenum {{className}} {\n");
        Map<String, Long> times = modificationTimes();
        String stateBefore = Files.readString(state);

        GenerationException failure = assertThrows(GenerationException.class,
                () -> generate(config().templateDirectory(templates)));

        assertTrue(failure.getMessage().contains("template.invalid-java"), failure.getMessage());
        assertEquals(times, modificationTimes());
        assertEquals(stateBefore, Files.readString(state));
        assertEquals(List.of(state), list(state.getParent()), "the staged files are gone");
    }

    @Test
    void aBreakingChangeRefusedAfterStagingLeavesOutputAndStateAsTheyWere() throws IOException {
        Map<String, Long> times = modificationTimes();
        String stateBefore = Files.readString(state);
        Files.writeString(spec, Files.readString(spec).replaceFirst("(?m)^        completed:\n(?:          .*\n)+", ""));

        assertThrows(GenerationException.class, () -> generator.generate(config().build(), state, true));

        assertEquals(times, modificationTimes());
        assertEquals(stateBefore, Files.readString(state));
        assertEquals(List.of(state), list(state.getParent()));
    }

    @Test
    void withoutStateAFailedGenerationLeavesNothingBesideTheOutput() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("enum.mustache"), "package {{project.modelPackage}};\nenum {{className}} {\n");
        Path fresh = dir.resolve("fresh/out");

        assertThrows(GenerationException.class, () -> generator.generate(
                GeneratorConfig.builder(spec, fresh).basePackage("com.example").templateDirectory(templates).build()));

        assertFalse(Files.exists(fresh));
        assertEquals(List.of(), list(fresh.getParent()));
    }

    private GeneratorConfig.Builder config() {
        return GeneratorConfig.builder(spec, output).basePackage("com.example");
    }

    private GenerationResult generate(GeneratorConfig.Builder config) {
        return generator.generate(config.build(), state, false);
    }

    private void edit(String from, String to) throws IOException {
        Files.writeString(spec, Files.readString(spec).replace(from + ":", to + ":").replace("/" + from + "\"", "/" + to + "\""));
    }

    /** Every file under the output directory has exactly the content a fresh generation renders, and no other file is there. */
    private void assertSameAsAFreshGeneration(GeneratorConfig.Builder config) throws IOException {
        Map<String, String> fresh = new TreeMap<>();
        for (RenderedFile file : generator.render(config.build())) {
            fresh.put(file.relativePath(), file.content());
        }
        Map<String, String> onDisk = new TreeMap<>();
        try (Stream<Path> files = Files.walk(output)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                onDisk.put(output.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        assertEquals(fresh.keySet(), onDisk.keySet());
        fresh.forEach((path, content) -> assertEquals(content, onDisk.get(path), path));
    }

    private Map<String, Long> modificationTimes() throws IOException {
        try (Stream<Path> files = Files.walk(output)) {
            Map<String, Long> times = new TreeMap<>();
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                times.put(output.relativize(file).toString(), Files.getLastModifiedTime(file).toMillis());
            }
            return times;
        }
    }

    private List<String> relative(List<Path> files) {
        return files.stream().map(file -> output.relativize(file).toString().replace('\\', '/')).sorted().toList();
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().collect(Collectors.toList());
        }
    }
}
