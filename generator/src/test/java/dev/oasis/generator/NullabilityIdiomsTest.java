package dev.oasis.generator;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oasis.generator.apidiff.ApiDiff;
import dev.oasis.generator.render.RenderedFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same API written in OpenAPI 3.0's idioms ({@code nullable: true}, {@code allOf: [$ref]} beside
 * {@code nullable}, a one-value {@code enum}, {@code format: byte} and {@code binary}, boolean
 * exclusive bounds) and in OpenAPI 3.1's ({@code type: [X, 'null']}, {@code anyOf}/{@code oneOf} with
 * {@code {type: 'null'}}, {@code const}, {@code contentEncoding}, {@code contentMediaType}, numeric
 * exclusive bounds, a description beside a {@code $ref}) generates the same public Java API.
 */
class NullabilityIdiomsTest {

    private static final String PATHS = """
            info: {title: Pets, version: '1'}
            paths:
              /pets/{id}:
                get:
                  operationId: getPet
                  parameters:
                    - {name: id, in: path, required: true, schema: {type: string}}
                  responses:
                    '200':
                      description: The pet.
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Pet'}
            components:
              schemas:
                Owner:
                  type: object
                  properties:
                    name: {type: string}
                Status: {type: string, enum: [available, sold]}
                Toy:
                  type: object
                  properties:
                    label: {type: string}
            """;

    private static final String V30 = "openapi: 3.0.3\n" + PATHS + """
                Pet:
                  type: object
                  required: [id, kind]
                  properties:
                    id: {type: string}
                    kind: {type: string, enum: [pet]}
                    nickname: {type: string, nullable: true}
                    age: {type: integer, format: int32, nullable: true}
                    owner:
                      description: Who looks after the pet.
                      allOf: [{$ref: '#/components/schemas/Owner'}]
                      nullable: true
                    status:
                      allOf: [{$ref: '#/components/schemas/Status'}]
                      nullable: true
                    photo: {type: string, format: byte}
                    scan: {type: string, format: binary}
                    toys:
                      type: array
                      nullable: true
                      items: {$ref: '#/components/schemas/Toy'}
                    rating: {type: number, minimum: 0, exclusiveMinimum: true}
            """;

    private static final String V31 = "openapi: 3.1.0\n" + PATHS + """
                Pet:
                  type: object
                  required: [id, kind]
                  properties:
                    id: {type: string}
                    kind: {const: pet}
                    nickname: {type: [string, 'null']}
                    age: {type: [integer, 'null'], format: int32}
                    owner:
                      anyOf:
                        - $ref: '#/components/schemas/Owner'
                          description: Who looks after the pet.
                        - type: 'null'
                    status:
                      oneOf: [{$ref: '#/components/schemas/Status'}, {type: 'null'}]
                    photo: {type: string, contentEncoding: base64}
                    scan: {type: string, contentMediaType: application/octet-stream}
                    toys:
                      type: [array, 'null']
                      items: {$ref: '#/components/schemas/Toy'}
                    rating: {type: number, exclusiveMinimum: 0}
            """;

    @TempDir
    Path folder;

    @Test
    void bothVersionsIdiomsGiveTheSamePublicApi() {
        SpecChecks specs = new SpecChecks(folder);
        List<RenderedFile> v30 = GeneratedSources.render(specs.write("v30/api.yaml", V30), "com.example.pets");
        List<RenderedFile> v31 = GeneratedSources.render(specs.write("v31/api.yaml", V31), "com.example.pets");

        assertEquals(List.of(), ApiDiff.between(sources(v30), sources(v31)));
        assertThat(GeneratedSources.compile(v31)).succeededWithoutWarnings();
        String pet = sources(v31).get("com/example/pets/model/Pet.java");
        for (String getter : List.of("JsonNullable<String> getNickname()", "JsonNullable<Integer> getAge()",
                "JsonNullable<Owner> getOwner()", "JsonNullable<Status> getStatus()", "PetKind getKind()", "byte[] getPhoto()",
                "byte[] getScan()", "JsonNullable<List<Toy>> getToys()", "BigDecimal getRating()")) {
            assertTrue(pet.contains("public " + getter), getter + " in\n" + pet);
        }
        assertTrue(pet.contains("Who looks after the pet."), pet);
    }

    private static Map<String, String> sources(List<RenderedFile> files) {
        return files.stream().collect(Collectors.toMap(RenderedFile::relativePath, RenderedFile::content));
    }
}
