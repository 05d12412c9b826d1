package dev.oasis.generator;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.render.RenderedFile;
import dev.oasis.generator.validate.ValidationLevel;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A spec spread over files, with operations written as {@code $ref}s, a path item in its own file and
 * {@code x-} extensions and examples holding {@code $ref}s to files that do not exist, generates
 * exactly the client its single-file equivalent does.
 */
class MultiFileSpecTest {

    private static final Path FIXTURES = RepositoryFiles.root().resolve("generator/src/test/resources/fixtures");
    private static final Path MANY = FIXTURES.resolve("multifile/api.yaml");
    private static final Path SINGLE = FIXTURES.resolve("multifile-single.yaml");

    @Test
    void generatesTheSameFilesAsTheSingleFileSpec() {
        Map<String, String> many = contents(GeneratedSources.render(MANY, "com.example.pets"));
        Map<String, String> single = contents(GeneratedSources.render(SINGLE, "com.example.pets"));

        assertEquals(single.keySet(), many.keySet());
        single.forEach((path, content) -> assertEquals(content, many.get(path), path));
        assertTrue(many.containsKey("com/example/pets/model/Pet.java"), many.keySet()::toString);
        assertTrue(many.get("com/example/pets/api/PetsApi.java").contains("public List<Pet> listPets(ListPetsOptions options)"));
    }

    @Test
    void theGeneratedClientCompilesCleanly() {
        assertThat(GeneratedSources.compile(GeneratedSources.render(MANY, "com.example.pets"))).succeededWithoutWarnings();
    }

    @Test
    void theOnlyDiagnosticIsTheWarningAboutOperationReferences() {
        List<Diagnostic> many = SpecChecks.diagnose(MANY, ValidationLevel.STANDARD);

        assertEquals(List.of("ref.operation"), many.stream().map(Diagnostic::id).toList());
        assertTrue(many.get(0).message().startsWith("2 operations are written as a $ref"), many.get(0).message());
        assertEquals(List.of(), SpecChecks.diagnose(SINGLE, ValidationLevel.STANDARD));
    }

    private static Map<String, String> contents(List<RenderedFile> files) {
        Map<String, String> contents = new TreeMap<>();
        files.forEach(file -> contents.put(file.relativePath(), file.content()));
        return contents;
    }
}
