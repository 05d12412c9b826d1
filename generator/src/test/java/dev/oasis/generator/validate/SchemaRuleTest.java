package dev.oasis.generator.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.oasis.generator.SpecChecks;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schemas: allOf cycles are errors, recursion through properties and items is fine, arrays say what they hold. */
class SchemaRuleTest {

    @TempDir
    Path folder;

    private List<String> check(String schemas) {
        return new SpecChecks(folder).of("openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n" + schemas);
    }

    @Test
    void anAllOfCycleIsReportedOnceAtTheReferenceClosingIt() {
        assertEquals(List.of("""
                api.yaml:12:11: error: [schema.allof-cycle] allOf cycle: Animal -> Pet -> Animal (at #/components/schemas/Pet/allOf/0)
                  hint: a schema cannot include itself through allOf; refer to it from a property instead"""), check("""
                    Animal:
                      allOf:
                        - $ref: '#/components/schemas/Pet'
                        - {properties: {name: {type: string}}}
                    Pet:
                      allOf:
                        - $ref: '#/components/schemas/Animal'
                """));
    }

    @Test
    void recursionThroughPropertiesAndItemsIsNoCycle() {
        assertEquals(List.of(), check("""
                    Node:
                      type: object
                      properties:
                        parent: {$ref: '#/components/schemas/Node'}
                        children: {type: array, items: {$ref: '#/components/schemas/Node'}}
                    Leaf:
                      allOf:
                        - $ref: '#/components/schemas/Node'
                        - {properties: {value: {type: string}}}
                """));
    }

    @Test
    void anArraySchemaWithoutItemsIsAWarningInOpenApi30() {
        assertEquals(List.of("""
                api.yaml:7:13: warning: [schema.items-missing] an array schema without items (at #/components/schemas/Tags/type)
                  hint: say what the items are, such as items: {type: string}; without it they are read as any JSON"""),
                check("""
                    Tags:
                      type: array
                """));
    }
}
