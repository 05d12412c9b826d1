package dev.oasis.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oasis.generator.render.RenderedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schemas are resolved depth first; a long chain of references must not exhaust the stack. */
class DeepReferenceChainTest {

    private static final int LENGTH = 2_000;

    @Test
    void aChainOfTwoThousandSchemasEachReferringToTheNextGenerates(@TempDir Path dir) throws IOException {
        Path spec = dir.resolve("chain.yaml");
        Files.writeString(spec, chainSpec(LENGTH));

        List<RenderedFile> files = GeneratedSources.render(spec, "com.example.chain");

        List<RenderedFile> models = files.stream().filter(f -> f.relativePath().contains("/model/")).toList();
        assertEquals(LENGTH, models.size());
        RenderedFile first = models.stream().filter(f -> f.relativePath().endsWith("/Node0.java")).findFirst().orElseThrow();
        assertTrue(first.content().contains("private final Node1 next;"), "Node0 refers to Node1");
    }

    private static String chainSpec(int length) {
        StringBuilder yaml = new StringBuilder("""
                openapi: 3.0.3
                info: {title: Chain, version: "1"}
                paths: {}
                components:
                  schemas:
                """);
        for (int i = 0; i < length; i++) {
            yaml.append("    Node").append(i).append(":\n")
                    .append("      type: object\n")
                    .append("      properties:\n")
                    .append("        label: {type: string}\n");
            if (i + 1 < length) {
                yaml.append("        next: {$ref: '#/components/schemas/Node").append(i + 1).append("'}\n");
            }
        }
        return yaml.toString();
    }
}
