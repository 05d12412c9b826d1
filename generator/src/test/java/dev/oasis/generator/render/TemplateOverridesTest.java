package dev.oasis.generator.render;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oasis.generator.ExtraTemplate;
import dev.oasis.generator.GeneratedSources;
import dev.oasis.generator.GenerationResult;
import dev.oasis.generator.Generator;
import dev.oasis.generator.GeneratorConfig;
import dev.oasis.generator.RepositoryFiles;
import dev.oasis.generator.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Overriding built-in templates, warning about overrides that match nothing, and extra templates. */
class TemplateOverridesTest {

    @Test
    void theBuiltInTemplatesAreListedWithTheirPartials() {
        assertTrue(TemplateSource.builtInNames().containsAll(Renderer.templateModels().keySet()));
        assertTrue(TemplateSource.builtInNames().contains("partials/javadoc.mustache"));
    }

    @Test
    void aMisspeltOverrideIsAWarningNamingTheClosestBuiltInTemplate(@TempDir Path dir) throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("enums.mustache"), "unused");

        GenerationResult result = new Generator().generate(GeneratorConfig.builder(RepositoryFiles.incidentsSpec(), dir.resolve("out"))
                .templateDirectory(templates).build());

        Diagnostic warning = result.warnings().stream().filter(d -> d.id().equals("template.unused")).findFirst().orElseThrow();
        assertEquals(templates.resolve("enums.mustache"), warning.location().file());
        assertEquals("to override a built-in template, name the file 'enum.mustache'", warning.hint());
    }

    @Test
    void aMissingTemplateDirectoryIsAWarningNotAFailure(@TempDir Path dir) {
        GenerationResult result = new Generator().generate(GeneratorConfig.builder(RepositoryFiles.incidentsSpec(), dir.resolve("out"))
                .templateDirectory(dir.resolve("no-such-folder")).build());

        assertEquals(List.of("template.directory-missing"), result.warnings().stream().map(Diagnostic::id)
                .filter(id -> id.startsWith("template.")).toList());
        assertTrue(Files.isRegularFile(dir.resolve("out/org/openapi/client/ApiClient.java")));
    }

    @Test
    void extraTemplatesRenderPerModelPerApiAndOnceAndTheirPartialsAreNotWarnedAbout(@TempDir Path dir) throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("type-list.mustache"), "{{className}} in {{project.modelPackage}}\n{{> shared}}");
        Files.writeString(templates.resolve("shared.mustache"), "(shared)\n");
        Files.writeString(templates.resolve("operations.mustache"), "{{className}} for tag {{tag}}\n");
        Files.writeString(templates.resolve("servers.mustache"), "{{project.title}} {{project.specVersion}}\n");

        List<RenderedFile> files = new Generator().render(GeneratorConfig.builder(RepositoryFiles.incidentsSpec(), dir.resolve("out"))
                .basePackage("com.example").templateDirectory(templates)
                .extraTemplate(ExtraTemplate.parse("model:type-list.mustache:docs/{packagePath}/{className}.txt"))
                .extraTemplate(ExtraTemplate.parse("api:operations.mustache:docs/{className}.txt"))
                .extraTemplate(ExtraTemplate.parse("once:servers.mustache:docs/servers.txt"))
                .build());

        assertEquals("IncidentTodoResponse in com.example.model\n(shared)\n",
                content(files, "docs/com/example/model/IncidentTodoResponse.txt"));
        assertEquals("IncidentsApi for tag Incidents\n", content(files, "docs/IncidentsApi.txt"));
        assertEquals("Datadog API V2 Collection 1.0\n", content(files, "docs/servers.txt"));
        GenerationResult written = new Generator().generate(GeneratorConfig.builder(RepositoryFiles.incidentsSpec(), dir.resolve("out"))
                .templateDirectory(templates)
                .extraTemplate(ExtraTemplate.parse("model:type-list.mustache:{className}.txt")).build());
        assertEquals(List.of("operations.mustache", "servers.mustache"), written.warnings().stream()
                .filter(d -> d.id().equals("template.unused")).map(d -> d.location().file().getFileName().toString()).toList(),
                "shared.mustache is used as a partial");
    }

    @Test
    void aRuntimeFileInTheTemplateDirectoryReplacesTheBuiltInOneMovedToTheBasePackage(@TempDir Path dir) throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates/runtime"));
        String builtIn = new String(new TemplateSource(java.util.Optional.empty()).bytes("runtime/RetryPolicy.java"),
                java.nio.charset.StandardCharsets.UTF_8);
        Files.writeString(templates.resolve("RetryPolicy.java"), builtIn.replace("public final class RetryPolicy {",
                "public final class RetryPolicy {\n\n    /** Ours, with a literal that stays. */\n"
                        + "    public static final String ORIGIN = \"dev.oasis.runtime\";"));

        GenerationResult result = new Generator().generate(GeneratorConfig.builder(RepositoryFiles.incidentsSpec(), dir.resolve("out"))
                .basePackage("com.example").templateDirectory(templates.getParent()).build());

        String written = Files.readString(dir.resolve("out/com/example/RetryPolicy.java"));
        assertTrue(written.startsWith("package com.example;\n"), written);
        assertTrue(written.contains("public static final String ORIGIN = \"dev.oasis.runtime\";"), written);
        assertEquals(List.of(), result.warnings().stream().filter(d -> d.id().startsWith("template.")).toList());
        List<RenderedFile> files = new Generator().render(GeneratorConfig.builder(RepositoryFiles.incidentsSpec(), dir.resolve("out"))
                .basePackage("com.example").templateDirectory(templates.getParent()).build());
        assertThat(GeneratedSources.compile(files)).succeededWithoutWarnings();
    }

    private static String content(List<RenderedFile> files, String path) {
        return files.stream().filter(file -> file.relativePath().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + path)).content();
    }
}
