package dev.oasis.generator;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.diagnostic.GenerationException;
import dev.oasis.generator.render.RenderedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runtime fixture of the sample client (every parameter style, security scheme kind and body
 * encoding, no x- extensions) generates code that compiles cleanly; unsupported styles are diagnosed.
 */
class RuntimeFixtureSpecTest {

    @Test
    void runtimeFixtureCompilesWithoutWarnings() {
        Path spec = RepositoryFiles.root().resolve("sample-client/src/test/openapi/runtime-fixture.yaml");
        List<RenderedFile> files = GeneratedSources.render(spec, "com.example.fixture");

        Compilation compilation = GeneratedSources.compile(files);

        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void requestsFixtureCompilesWithoutWarnings() {
        Path spec = RepositoryFiles.root().resolve("sample-client/src/test/openapi/requests-fixture.yaml");
        List<RenderedFile> files = GeneratedSources.render(spec, "com.example.requests");

        Compilation compilation = GeneratedSources.compile(files);

        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void aSpecWithoutServersSecurityOrBodiesCompilesWithoutWarnings(@TempDir Path folder) throws IOException {
        Path spec = folder.resolve("api.yaml");
        Files.writeString(spec, String.join("\n",
                "openapi: 3.0.3",
                "info: {title: '  Bare *API* ', version: '1 beta'}",
                "paths:",
                "  /ping:",
                "    head:",
                "      responses:",
                "        '204': {description: none}",
                ""));
        List<RenderedFile> files = GeneratedSources.render(spec, "com.example.bare");

        Compilation compilation = GeneratedSources.compile(files);

        assertThat(compilation).succeededWithoutWarnings();
        String client = files.stream().filter(file -> file.relativePath().endsWith("/ApiClient.java")).findFirst()
                .orElseThrow().content();
        assertTrue(client.contains("USER_AGENT = \"bare-api-java-client/1_beta oasis/"), client);
    }

    @Test
    void aStyleTheLocationDoesNotAllowIsAnErrorAtTheStyle(@TempDir Path folder) throws IOException {
        Path spec = folder.resolve("api.yaml");
        Files.writeString(spec, String.join("\n",
                "openapi: 3.0.3",
                "info: {title: T, version: '1'}",
                "paths:",
                "  /items/{id}:",
                "    get:",
                "      operationId: getItem",
                "      parameters:",
                "        - name: id",
                "          in: path",
                "          required: true",
                "          style: deepObject",
                "          schema: {type: string}",
                "      responses:",
                "        '204': {description: none}",
                ""));

        GenerationException error = assertThrows(GenerationException.class, () -> GeneratedSources.render(spec, "com.example"));

        Diagnostic diagnostic = error.diagnostics().get(0);
        assertEquals("parameter.style", diagnostic.id());
        assertEquals("/paths/~1items~1{id}/get/parameters/0/style", diagnostic.pointer());
        assertTrue(diagnostic.format().contains(":11:18: error: [parameter.style] parameter 'id' in path has style: 'deepObject'"),
                diagnostic.format());
        assertTrue(diagnostic.format().contains("use one of simple, label, matrix for path parameters"), diagnostic.format());
    }
}
