package dev.oasis.generator.swagger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oasis.generator.GeneratedSources;
import dev.oasis.generator.RepositoryFiles;
import dev.oasis.generator.SpecChecks;
import dev.oasis.generator.diagnostic.Diagnostics;
import dev.oasis.generator.render.RenderedFile;
import dev.oasis.generator.spec.SpecList;
import dev.oasis.generator.spec.SpecLoader;
import dev.oasis.generator.spec.SpecMap;
import dev.oasis.generator.spec.SpecNode;
import dev.oasis.generator.spec.SpecScalar;
import dev.oasis.generator.spec.SpecSet;
import dev.oasis.generator.validate.ValidationLevel;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Swagger 2.0 is converted when read into the OpenAPI 3.0 document it describes, every converted node
 * standing where its Swagger 2.0 original stands.
 */
class SwaggerConversionTest {

    private static final Path PETSTORE = RepositoryFiles.root().resolve("generator/src/test/resources/fixtures/swagger/petstore.yaml");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private static SpecNode converted(String pointer) {
        return SpecSet.open(PETSTORE, new SpecLoader(), new Diagnostics()).main().at(pointer).orElseThrow(() -> new AssertionError(pointer));
    }

    private static void assertConverted(String json, String pointer) throws IOException {
        assertEquals(JSON.readTree(json), JSON.readTree(tree(converted(pointer)).toString()));
    }

    @Test
    void theConversionIsOneInfoLineInTheSwaggerFile() {
        assertEquals(List.of("""
                petstore.yaml:1:10: info: [swagger.converted] Swagger 2.0 document converted to OpenAPI 3.0; messages still point into the Swagger 2.0 file (at #/swagger)"""),
                new SpecChecks(PETSTORE.getParent()).check(PETSTORE, ValidationLevel.STANDARD));
    }

    @Test
    void hostBasePathAndSchemesBecomeServers() throws IOException {
        assertConverted("[{\"url\": \"https://petstore.example.com/v2\"}, {\"url\": \"http://petstore.example.com/v2\"}]", "/servers");
    }

    @Test
    void aBodyParameterBecomesTheRequestBodyInEveryMediaTypeConsumed() throws IOException {
        assertConverted("""
                {"description": "the pet to add", "required": true,
                 "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NewPet"}}}}""", "/paths/~1pets/post/requestBody");
        assertEquals("/paths/~1pets/post/parameters/0", converted("/paths/~1pets/post/requestBody").pointer());
        assertEquals(89, converted("/paths/~1pets/post/requestBody").location().line());
    }

    @Test
    void formDataParametersBecomeAnUrlEncodedObject() throws IOException {
        assertConverted("""
                {"required": true, "content": {"application/x-www-form-urlencoded": {"schema": {"type": "object",
                 "properties": {"name": {"type": "string", "description": "the pet's new name"}, "status": {"type": "string"}},
                 "required": ["name"]}}}}""", "/paths/~1pets~1{petId}/post/requestBody");
    }

    @Test
    void aFileParameterMakesTheFormMultipartWithABinaryString() throws IOException {
        assertConverted("""
                {"required": true, "content": {"multipart/form-data": {"schema": {"type": "object",
                 "properties": {"caption": {"type": "string"},
                                "file": {"type": "string", "format": "binary", "description": "the photo"}},
                 "required": ["file"]}}}}""", "/paths/~1pets~1{petId}~1photo/post/requestBody");
    }

    @Test
    void queryParametersTakeTheirSchemaAndTheStyleOfTheirCollectionFormat() throws IOException {
        assertConverted("""
                [{"name": "status", "in": "query", "description": "the statuses to keep",
                  "schema": {"type": "array", "items": {"type": "string", "enum": ["available", "pending", "sold"]}},
                  "style": "form", "explode": false},
                 {"name": "tags", "in": "query", "schema": {"type": "array", "items": {"type": "string"}},
                  "style": "form", "explode": true},
                 {"name": "limit", "in": "query", "description": "how many pets to return at most",
                  "schema": {"type": "integer", "format": "int32", "default": 20, "maximum": 100}}]""",
                "/paths/~1pets/get/parameters");
    }

    @Test
    void responsesTakeTheMediaTypesProducedAndReferencedResponsesAreConvertedInPlace() throws IOException {
        assertConverted("""
                {"200": {"description": "the pet", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}},
                 "404": {"description": "no such pet", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}}""",
                "/paths/~1pets~1{petId}/get/responses");
        assertConverted("""
                {"description": "the name the photo was stored under", "content": {"text/plain": {"schema": {"type": "string"}}}}""",
                "/paths/~1pets~1{petId}~1photo/post/responses/200");
        assertConverted("{\"X-Total-Count\": {\"description\": \"how many pets match\", \"schema\": {\"type\": \"integer\"}}}",
                "/paths/~1pets/get/responses/200/headers");
    }

    @Test
    void securityDefinitionsBecomeSecuritySchemes() throws IOException {
        assertConverted("""
                {"api_key": {"type": "apiKey", "name": "X-Api-Key", "in": "header"},
                 "basic": {"type": "http", "scheme": "basic"},
                 "petstore_auth": {"type": "oauth2", "flows": {"implicit": {
                     "authorizationUrl": "https://petstore.example.com/oauth/authorize",
                     "scopes": {"write:pets": "modify pets", "read:pets": "read pets"}}}}}""", "/components/securitySchemes");
    }

    @Test
    void definitionsBecomeSchemasWithDiscriminatorObjectsAndNullable() throws IOException {
        assertConverted("{\"propertyName\": \"kind\"}", "/components/schemas/Pet/discriminator");
        assertConverted("{\"type\": \"string\", \"x-nullable\": true, \"nullable\": true}", "/components/schemas/Pet/properties/tag");
        assertConverted("{\"$ref\": \"#/components/schemas/Pet\"}", "/components/schemas/Dog/allOf/0");
        assertEquals("/definitions/Dog/allOf/0", converted("/components/schemas/Dog/allOf/0").pointer());
    }

    @Test
    void problemsArePointedOutInTheSwaggerFile() {
        SpecChecks checks = new SpecChecks(folder);
        assertEquals(List.of("""
                api.yaml:10:19: error: [ref.missing] $ref target '#/definitions/Pett' does not exist (at #/paths/~1pets/get/responses/200/schema/$ref)
                  hint: define 'Pett' under definitions, or correct the name (names are case-sensitive)""", """
                api.yaml:11:20: error: [structure.unknown-field] unknown field 'operationID' in an Operation Object (at #/paths/~1pets/get/operationID)
                  hint: did you mean 'operationId'?""", """
                api.yaml:17:15: error: [structure.value] 'strnig' is not a valid 'type' (at #/definitions/Pet/properties/name/type)
                  hint: did you mean 'string'? 'type' is one of array, boolean, integer, number, object, string""", """
                api.yaml:1:10: info: [swagger.converted] Swagger 2.0 document converted to OpenAPI 3.0; messages still point into the Swagger 2.0 file (at #/swagger)"""),
                checks.of("""
                swagger: '2.0'
                info: {title: T, version: '1'}
                paths:
                  /pets:
                    get:
                      responses:
                        '200':
                          description: a pet
                          schema:
                            $ref: '#/definitions/Pett'
                      operationID: listPets
                definitions:
                  Pet:
                    type: object
                    properties:
                      name:
                        type: strnig
                """));
    }

    @Test
    void aCollectionFormatWithoutOpenApi30EquivalentAndABodyBesideAFormAreErrors() {
        assertEquals(List.of("""
                api.yaml:7:88: error: [swagger.collection-format] collectionFormat 'tsv' of a query parameter has no OpenAPI 3.0 equivalent (at #/paths/~1pets/post/parameters/0/collectionFormat)
                  hint: use csv, or for a query parameter multi, ssv or pipes""", """
                api.yaml:9:11: error: [swagger.body] an operation has at most one body parameter, and not both body and formData parameters (at #/paths/~1pets/post/parameters/2)
                  hint: keep one body parameter, or describe the form's fields as formData parameters only""", """
                api.yaml:1:10: info: [swagger.converted] Swagger 2.0 document converted to OpenAPI 3.0; messages still point into the Swagger 2.0 file (at #/swagger)"""),
                new SpecChecks(folder).of("""
                swagger: '2.0'
                info: {title: T, version: '1'}
                paths:
                  /pets:
                    post:
                      parameters:
                        - {name: ids, in: query, type: array, items: {type: string}, collectionFormat: tsv}
                        - {name: pet, in: body, schema: {type: object}}
                        - {name: name, in: formData, type: string}
                      responses: {'204': {description: none}}
                """));
    }

    @Test
    void aFileASwaggerSpecRefersToGetsItsSchemaFormsConverted() throws IOException {
        SpecChecks checks = new SpecChecks(folder);
        checks.write("pets.yaml", """
                Pet:
                  type: object
                  discriminator: kind
                  properties:
                    kind: {type: string}
                    photo: {type: file}
                """);
        Path spec = checks.write("api.yaml", """
                swagger: '2.0'
                info: {title: T, version: '1'}
                paths: {}
                definitions:
                  Pet: {$ref: './pets.yaml#/Pet'}
                """);

        SpecSet specs = SpecSet.open(spec, new SpecLoader(), new Diagnostics());

        SpecNode pet = specs.resolve(specs.main().at("/components/schemas/Pet").orElseThrow());
        assertEquals(JSON.readTree("""
                {"type": "object", "discriminator": {"propertyName": "kind"},
                 "properties": {"kind": {"type": "string"}, "photo": {"type": "string", "format": "binary"}}}"""), tree(pet));
    }

    @Test
    void definitionsAreNamedBeforeInlineSchemasAsComponentsAre() {
        Path spec = new SpecChecks(folder).write("api.yaml", """
                swagger: '2.0'
                info: {title: T, version: '1'}
                paths: {}
                definitions:
                  Pet: {type: object, properties: {owner: {type: object, properties: {name: {type: string}}}}}
                  PetOwner: {type: object, properties: {id: {type: string}}}
                """);

        List<RenderedFile> files = GeneratedSources.render(spec, "com.example");

        String owner = files.stream().filter(f -> f.relativePath().equals("com/example/model/PetOwner.java")).findFirst()
                .orElseThrow().content();
        assertTrue(owner.contains("private final String id;"), "the definition keeps its name: " + owner);
        assertTrue(files.stream().anyMatch(f -> f.relativePath().equals("com/example/model/PetOwner2.java")));
    }

    @Test
    void aPathItemInAnotherSwaggerFileKeepsItsOwnDefinitions() {
        SpecChecks checks = new SpecChecks(folder);
        checks.write("other.yaml", """
                swagger: '2.0'
                info: {title: Other, version: '1'}
                paths:
                  /pets:
                    get:
                      operationId: listPets
                      responses:
                        '200': {description: pets, schema: {$ref: '#/definitions/Pet'}}
                definitions:
                  Pet: {type: object, properties: {name: {type: string}}}
                """);

        assertEquals(List.of("""
                api.yaml:1:10: info: [swagger.converted] Swagger 2.0 document converted to OpenAPI 3.0; messages still point into the Swagger 2.0 file (at #/swagger)"""),
                checks.of("""
                swagger: '2.0'
                info: {title: T, version: '1'}
                paths:
                  /pets: {$ref: 'other.yaml#/paths/~1pets'}
                definitions:
                  Pet: {type: string}
                """));
    }

    /** The node as a JSON tree, to compare with expected JSON. */
    static JsonNode tree(SpecNode node) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (node instanceof SpecMap map) {
            ObjectNode object = nodes.objectNode();
            map.entries().forEach((key, value) -> object.set(key, tree(value)));
            return object;
        }
        if (node instanceof SpecList list) {
            ArrayNode array = nodes.arrayNode();
            list.items().forEach(item -> array.add(tree(item)));
            return array;
        }
        Object value = ((SpecScalar) node).value();
        if (value instanceof String text) {
            return nodes.textNode(text);
        }
        if (value instanceof Boolean flag) {
            return nodes.booleanNode(flag);
        }
        if (value instanceof Long number) {
            return nodes.numberNode(number.intValue() == number ? Integer.valueOf(number.intValue()) : number);
        }
        if (value instanceof BigInteger number) {
            return nodes.numberNode(number);
        }
        if (value instanceof BigDecimal number) {
            return nodes.numberNode(number);
        }
        return nodes.nullNode();
    }
}
