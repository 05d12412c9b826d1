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
    void everyJsonSchemaKeywordOfOpenApi31IsAcceptedByStrictValidation() {
        Path spec = new SpecChecks(folder).write("api.yaml", KEYWORDS.replace("VERSION", "3.1.0"));

        assertEquals(List.of(), new SpecChecks(folder).check(spec, ValidationLevel.STRICT));
    }

    @Test
    void theKeywordsOpenApi30DoesNotHaveAreReportedThere() {
        List<String> found = new SpecChecks(folder).of(KEYWORDS.replace("VERSION", "3.0.3")).stream()
                .map(line -> line.substring(line.indexOf(": [") + 2, line.indexOf('\n') < 0 ? line.length() : line.indexOf('\n')))
                .toList();

        assertEquals(List.of(
                "[structure.kind] 'exclusiveMinimum' must be a boolean, not the number 0 (at #/components/schemas/Pet/properties/price/exclusiveMinimum)",
                "[structure.unknown-field] unknown field 'examples' in a Schema Object (at #/components/schemas/Pet/properties/photo/examples)",
                "[structure.kind] 'items' must be a Schema Object, not the boolean false (at #/components/schemas/Pet/properties/point/items)",
                "[structure.unknown-field] unknown field 'jsonSchemaDialect' in an OpenAPI Object (at #/jsonSchemaDialect)",
                "[structure.unknown-field] unknown field 'webhooks' in an OpenAPI Object (at #/webhooks)",
                "[structure.unknown-field] unknown field 'pathItems' in a Components Object (at #/components/pathItems)",
                "[structure.unknown-field] unknown field 'const' in a Schema Object (at #/components/schemas/Pet/properties/kind/const)",
                "[structure.unknown-field] unknown field 'contentEncoding' in a Schema Object (at #/components/schemas/Pet/properties/photo/contentEncoding)",
                "[structure.unknown-field] unknown field 'prefixItems' in a Schema Object (at #/components/schemas/Pet/properties/point/prefixItems)",
                "[structure.unknown-field] unknown field 'if' in a Schema Object (at #/components/schemas/Pet/properties/shipping/if)",
                "[structure.unknown-field] unknown field 'then' in a Schema Object (at #/components/schemas/Pet/properties/shipping/then)",
                "[structure.unknown-field] unknown field 'dependentRequired' in a Schema Object (at #/components/schemas/Pet/properties/shipping/dependentRequired)",
                "[structure.unknown-field] unknown field 'unevaluatedProperties' in a Schema Object (at #/components/schemas/Pet/unevaluatedProperties)",
                "[structure.unknown-field] unknown field '$defs' in a Schema Object (at #/components/schemas/Pet/$defs)"), found);
    }

    @Test
    void openApi30sNullableInAnOpenApi31SchemaIsHonouredAndPointedOut() {
        assertEquals(List.of("""
                api.yaml:5:34: warning: [schema.nullable] nullable is OpenAPI 3.0's keyword, which OpenAPI 3.1 dropped; it is honoured all the same (at #/components/schemas/Id/nullable)
                  hint: in OpenAPI 3.1, write type: [string, 'null'], or anyOf: [{$ref: ...}, {type: 'null'}]"""), new SpecChecks(folder).of("""
                openapi: 3.1.0
                info: {title: T, version: '1'}
                components:
                  schemas:
                    Id: {type: string, nullable: true}
                """));
    }

    @Test
    void aBooleanExclusiveMinimumIsAnErrorInOpenApi31() {
        assertEquals(List.of("""
                api.yaml:5:53: error: [structure.kind] 'exclusiveMinimum' must be a number, not the boolean true (at #/components/schemas/N/exclusiveMinimum)
                  hint: write a number here"""), new SpecChecks(folder).of("""
                openapi: 3.1.0
                info: {title: T, version: '1'}
                components:
                  schemas:
                    N: {type: number, minimum: 0, exclusiveMinimum: true}
                """));
    }

    private static final String KEYWORDS = """
            openapi: VERSION
            jsonSchemaDialect: https://spec.openapis.org/oas/3.1/dialect/base
            info: {title: T, version: '1'}
            paths: {}
            webhooks:
              petAdded:
                post:
                  requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}
                  responses: {'200': {description: ok}}
            components:
              pathItems:
                Pets:
                  get:
                    responses: {'200': {description: ok}}
              schemas:
                Pet:
                  type: object
                  properties:
                    kind: {const: pet}
                    price: {type: number, exclusiveMinimum: 0}
                    photo: {type: string, contentEncoding: base64, examples: [AQID]}
                    point: {type: array, prefixItems: [{type: number}], items: false}
                    shipping:
                      type: object
                      if: {required: [country]}
                      then: {required: [postcode]}
                      dependentRequired: {postcode: [country]}
                  unevaluatedProperties: false
                  $defs:
                    Size: {type: integer}
            """;
}
