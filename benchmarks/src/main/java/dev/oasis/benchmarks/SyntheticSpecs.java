package dev.oasis.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes OpenAPI 3 specs of a chosen size, for the scaling benchmark.
 *
 * <p>A <em>wide</em> spec has {@code n} object schemas and {@code n} operations. Every schema
 * has the same mix of property kinds real specs use (strings, a date-time, an int64, an open
 * enum, an array, a nullable field and a reference to another schema), and every operation
 * reads one schema by id. A <em>chain</em> spec has {@code n} schemas where each refers to the
 * next, to check that nothing in the generator recurses once per level.
 */
public final class SyntheticSpecs {

    private SyntheticSpecs() {
    }

    /** Writes a spec with {@code n} schemas and {@code n} operations to {@code file}. */
    public static Path writeWide(Path file, int n) throws IOException {
        StringBuilder yaml = header("Synthetic wide spec, " + n + " schemas");
        yaml.append("paths:\n");
        for (int i = 0; i < n; i++) {
            yaml.append("  /items").append(i).append("/{id}:\n")
                .append("    get:\n")
                .append("      operationId: getItem").append(i).append('\n')
                .append("      tags: [group").append(i / 50).append("]\n")
                .append("      parameters:\n")
                .append("        - {name: id, in: path, required: true, schema: {type: string}}\n")
                .append("        - {name: include, in: query, required: false, schema: {type: string}}\n")
                .append("      responses:\n")
                .append("        '200':\n")
                .append("          description: OK\n")
                .append("          content:\n")
                .append("            application/json:\n")
                .append("              schema: {$ref: '#/components/schemas/Item").append(i).append("'}\n");
        }
        yaml.append("components:\n  schemas:\n");
        for (int i = 0; i < n; i++) {
            int related = (int) ((i * 7L + 1) % n);
            yaml.append("    Item").append(i).append(":\n")
                .append("      type: object\n")
                .append("      description: Synthetic item number ").append(i).append(".\n")
                .append("      required: [id, name]\n")
                .append("      properties:\n")
                .append("        id: {type: string, format: uuid}\n")
                .append("        name: {type: string, description: The item's name.}\n")
                .append("        count: {type: integer, format: int64}\n")
                .append("        created: {type: string, format: date-time}\n")
                .append("        status: {type: string, enum: [active, archived, deleted]}\n")
                .append("        tags: {type: array, items: {type: string}}\n")
                .append("        note: {type: string, nullable: true}\n")
                .append("        related: {$ref: '#/components/schemas/Item").append(related).append("'}\n");
        }
        Files.writeString(file, yaml);
        return file;
    }

    /** Writes a spec of {@code n} schemas, each with a property referring to the next. */
    public static Path writeChain(Path file, int n) throws IOException {
        StringBuilder yaml = header("Synthetic chain spec, " + n + " schemas deep");
        yaml.append("paths:\n")
            .append("  /links/{id}:\n")
            .append("    get:\n")
            .append("      operationId: getLink\n")
            .append("      parameters:\n")
            .append("        - {name: id, in: path, required: true, schema: {type: string}}\n")
            .append("      responses:\n")
            .append("        '200':\n")
            .append("          description: OK\n")
            .append("          content:\n")
            .append("            application/json:\n")
            .append("              schema: {$ref: '#/components/schemas/Link0'}\n");
        yaml.append("components:\n  schemas:\n");
        for (int i = 0; i < n; i++) {
            yaml.append("    Link").append(i).append(":\n")
                .append("      type: object\n")
                .append("      required: [value]\n")
                .append("      properties:\n")
                .append("        value: {type: string}\n");
            if (i + 1 < n) {
                yaml.append("        next: {$ref: '#/components/schemas/Link").append(i + 1).append("'}\n");
            }
        }
        Files.writeString(file, yaml);
        return file;
    }

    private static StringBuilder header(String title) {
        return new StringBuilder()
            .append("openapi: 3.0.0\n")
            .append("info:\n")
            .append("  title: ").append(title).append('\n')
            .append("  version: '1.0'\n")
            .append("servers:\n")
            .append("  - url: https://api.example.com\n");
    }
}
