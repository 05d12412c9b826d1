package dev.oasis.generator;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oasis.generator.render.RenderedFile;
import dev.oasis.generator.validate.ValidationLevel;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OpenAPI 3.1 documents are read as 3.1 says: no paths needed, {@code type: [string, "null"]} is a
 * nullable string, schemas may be booleans, and a schema of several types is pointed out.
 */
class OpenApi31Test {

    @TempDir
    Path folder;

    @Test
    void aTypeListWithNullIsANullableValueOfTheOtherType() {
        Path spec = new SpecChecks(folder).write("api.yaml", """
                openapi: 3.1.0
                info: {title: T, version: '1'}
                webhooks:
                  newPet:
                    post:
                      requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}
                      responses: {'200': {description: ok}}
                components:
                  schemas:
                    Pet:
                      type: object
                      required: [name]
                      properties:
                        name: {type: string}
                        tag: {type: [string, 'null']}
                        extra: true
                        level: {type: [integer, 'null'], enum: [1, 2, null]}
                """);

        List<RenderedFile> files = GeneratedSources.render(spec, "com.example.pets");

        assertThat(GeneratedSources.compile(files)).succeededWithoutWarnings();
        String pet = files.stream().filter(f -> f.relativePath().endsWith("/model/Pet.java")).findFirst().orElseThrow().content();
        assertTrue(pet.contains("public JsonNullable<String> getTag()"), pet);
        assertTrue(pet.contains("public JsonNullable<PetLevel> getLevel()"), pet);
        assertEquals(List.of(), new SpecChecks(folder).check(spec, ValidationLevel.STRICT));
    }

    @Test
    void aSchemaOfSeveralTypesIsAWarning() {
        assertEquals(List.of("""
                api.yaml:5:16: warning: [schema.type-union] a schema of several types (string, integer) is read as any JSON value (at #/components/schemas/Id/type)
                  hint: to get a typed union, write it as oneOf with one branch per type"""), new SpecChecks(folder).of("""
                openapi: 3.1.0
                info: {title: T, version: '1'}
                components:
                  schemas:
                    Id: {type: [string, integer]}
                """));
    }
}
