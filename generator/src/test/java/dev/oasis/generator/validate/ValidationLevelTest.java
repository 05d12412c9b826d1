package dev.oasis.generator.validate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oasis.generator.GeneratedSources;
import dev.oasis.generator.GenerationResult;
import dev.oasis.generator.Generator;
import dev.oasis.generator.GeneratorConfig;
import dev.oasis.generator.SpecChecks;
import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.diagnostic.GenerationException;
import dev.oasis.generator.render.RenderedFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The validation level: strict fails on warnings, lenient generates despite errors, neither touches unreadable specs. */
class ValidationLevelTest {

    private static final String FLAWED = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /pets:
                get:
                  operationId: listPets
                  responses:
                    '200':
                      description: the pets
                      content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Pet'}}}}
            components:
              schemas:
                Pet:
                  type: object
                  required: id
                  properties:
                    id: {type: strnig}
                    side: {type: integer, enum: [0, 1 = left, 2]}
            """;

    @TempDir
    Path folder;

    private GeneratorConfig config(Path spec, ValidationLevel level) {
        return GeneratorConfig.builder(spec, folder.resolve("out")).basePackage("com.example.pets").validation(level).build();
    }

    @Test
    void strictTurnsWarningsIntoErrors() {
        Path spec = new SpecChecks(folder).write("api.yaml", """
                openapi: 3.0.3
                info: {title: T, version: 1.0}
                paths: {}
                """);

        GenerationException failure = assertThrows(GenerationException.class,
                () -> new Generator().generate(config(spec, ValidationLevel.STRICT)));

        assertEquals(List.of("structure.kind"), failure.diagnostics().stream().map(Diagnostic::id).toList());
        assertTrue(failure.diagnostics().get(0).isError());
        assertEquals(0, new Generator().generate(config(spec, ValidationLevel.STANDARD)).warnings().stream()
                .filter(Diagnostic::isError).count());
    }

    @Test
    void standardRefusesWhatWouldMakeTheCodeWrong() {
        Path spec = new SpecChecks(folder).write("api.yaml", FLAWED);

        GenerationException failure = assertThrows(GenerationException.class,
                () -> new Generator().generate(config(spec, ValidationLevel.STANDARD)));

        assertEquals(List.of("structure.kind", "structure.value", "enum.type"), failure.diagnostics().stream().map(Diagnostic::id).toList());
        assertFalse(Files.exists(folder.resolve("out")));
    }

    @Test
    void lenientWarnsAndGeneratesWhatItCanAndTheCodeCompilesCleanly() {
        Path spec = new SpecChecks(folder).write("api.yaml", FLAWED);

        GenerationResult result = new Generator().generate(config(spec, ValidationLevel.LENIENT));
        List<RenderedFile> files = new Generator().render(config(spec, ValidationLevel.LENIENT));

        assertEquals(List.of("structure.kind", "structure.value", "enum.type"), result.warnings().stream().map(Diagnostic::id).toList());
        assertTrue(result.warnings().stream().noneMatch(Diagnostic::isError));
        assertThat(GeneratedSources.compile(files)).succeededWithoutWarnings();
        String side = files.stream().filter(f -> f.relativePath().endsWith("/PetSide.java")).findFirst().orElseThrow().content();
        assertTrue(side.contains("List.of(_0, _2);") && !side.contains("left"), side);
    }

    @Test
    void noLevelLetsAReferenceLeaveTheFolder() {
        Path spec = new SpecChecks(folder).write("spec/api.yaml", """
                openapi: 3.0.3
                info: {title: T, version: '1'}
                paths: {}
                components: {schemas: {Pet: {$ref: '../pet.yaml'}}}
                """);

        GenerationException failure = assertThrows(GenerationException.class,
                () -> new Generator().generate(config(spec, ValidationLevel.LENIENT)));

        assertEquals(List.of("ref.outside"), failure.diagnostics().stream().map(Diagnostic::id).toList());
    }
}
