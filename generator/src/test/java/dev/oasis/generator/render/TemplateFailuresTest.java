package dev.oasis.generator.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oasis.generator.Generator;
import dev.oasis.generator.GeneratorConfig;
import dev.oasis.generator.RepositoryFiles;
import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.diagnostic.GenerationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken template override fails generation with the template and the line, and writes nothing. */
class TemplateFailuresTest {

    @Test
    void unknownNameInATemplateIsAnErrorNamingTemplateAndLine(@TempDir Path dir) throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("enum.mustache"), "package {{project.modelPackage}};\n\nfinal class {{clasName}} {}\n");
        Path output = dir.resolve("out");

        GenerationException failure = assertThrows(GenerationException.class, () -> generate(templates, output));

        Diagnostic error = failure.diagnostics().get(0);
        assertEquals("template.render", error.id());
        assertEquals(templates.resolve("enum.mustache").toString(), error.location().file().toString());
        assertEquals(3, error.location().line());
        assertTrue(error.message().contains("'clasName'"), error.message());
        assertFalse(Files.exists(output));
    }

    @Test
    void templateRenderingInvalidJavaNamesTemplateFileAndLine(@TempDir Path dir) throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("enum.mustache"),
                "package {{project.modelPackage}};\n\npublic final class {{className}} {\n    int broken(;\n}\n");
        Path output = dir.resolve("out");

        GenerationException failure = assertThrows(GenerationException.class, () -> generate(templates, output));

        Diagnostic error = failure.diagnostics().get(0);
        assertEquals("template.invalid-java", error.id());
        assertTrue(error.message().contains("template 'enum.mustache'"), error.message());
        assertTrue(error.location().file().toString().endsWith(".java"), error.location().toString());
        assertEquals(4, error.location().line());
        assertFalse(Files.exists(output));
    }

    private static void generate(Path templates, Path output) {
        new Generator().generate(GeneratorConfig.builder(RepositoryFiles.incidentsSpec(), output)
                .templateDirectory(templates).build());
    }
}
