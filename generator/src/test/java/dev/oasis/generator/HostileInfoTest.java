package dev.oasis.generator;

import static com.google.testing.compile.CompilationSubject.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text from the spec's info block is data: it cannot end a comment or a string in the runtime classes. */
class HostileInfoTest {

    @Test
    void titleAndVersionThatCloseCommentsAndStringsStillCompile(@TempDir Path dir) throws IOException {
        Path spec = dir.resolve("hostile.yaml");
        Files.writeString(spec, """
                openapi: 3.0.3
                info:
                  title: 'Evil */ class X {} /* "quoted" \\u000a'
                  version: '1.0 */ "'
                paths: {}
                """);

        assertThat(GeneratedSources.compile(GeneratedSources.render(spec, "com.example.hostile"))).succeededWithoutWarnings();
    }
}
