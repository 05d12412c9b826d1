package dev.oasis.generator.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.oasis.generator.SpecChecks;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The structure of every object: fields required and allowed, kinds of values, allowed values. */
class StructureRuleTest {

    @TempDir
    Path folder;

    private List<String> check(String yaml) {
        return new SpecChecks(folder).of(yaml);
    }

    private static String schemas(String schemas) {
        return "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n" + schemas;
    }

    @Test
    void aMisspeltFieldIsAnErrorNamingTheFieldMeant() {
        assertEquals(List.of("""
                api.yaml:8:17: error: [structure.unknown-field] unknown field 'requried' in a Schema Object (at #/components/schemas/Pet/requried)
                  hint: did you mean 'required'?"""), check(schemas("""
                    Pet:
                      type: object
                      requried: [id]
                      properties: {id: {type: string}}
                """)));
    }

    @Test
    void anUnknownFieldThatIsNoMisspellingIsAWarning() {
        assertEquals(List.of("""
                api.yaml:8:13: warning: [structure.unknown-field] unknown field 'cost' in a Schema Object (at #/components/schemas/Pet/cost)
                  hint: it is ignored; extension fields start with 'x-'"""), check(schemas("""
                    Pet:
                      type: string
                      cost: 3
                      x-cost: 3
                """)));
    }

    @Test
    void aPathThatDoesNotStartWithASlashIsAnError() {
        assertEquals(List.of("""
                api.yaml:5:5: error: [structure.unknown-field] unknown field 'pets' in a Paths Object (at #/paths/pets)
                  hint: every path starts with '/', such as '/pets/{petId}'"""), check("""
                openapi: 3.0.3
                info: {title: T, version: '1'}
                paths:
                  pets:
                    get:
                      responses: {'204': {description: none}}
                """));
    }

    @Test
    void aMissingFieldTheCodeNeedsIsAnErrorAndOneItCanDoWithoutAWarning() {
        assertEquals(List.of("""
                api.yaml:7:11: error: [structure.missing] missing 'in', which a Parameter Object requires (at #/paths/~1pets/get/parameters/0)
                  hint: add in: one of query, header, path, cookie""", """
                api.yaml:8:26: warning: [structure.missing] missing 'description', which a Response Object requires (at #/paths/~1pets/get/responses/204)
                  hint: add description"""), check("""
                openapi: 3.0.3
                info: {title: T, version: '1'}
                paths:
                  /pets:
                    get:
                      parameters:
                        - {name: limit, schema: {type: integer}}
                      responses: {'204': {}}
                """));
    }

    @Test
    void requiredGivenAsOneNameIsAnErrorWithTheListAsHint() {
        assertEquals(List.of("""
                api.yaml:8:17: error: [structure.kind] 'required' must be a list of strings, not the string 'id' (at #/components/schemas/Pet/required)
                  hint: write it as a list, such as required: [id]"""), check(schemas("""
                    Pet:
                      type: object
                      required: id
                      properties: {id: {type: string}}
                """)));
    }

    @Test
    void aNumberWhereTextBelongsIsReadAsTextWithAWarning() {
        assertEquals(List.of("""
                api.yaml:2:27: warning: [structure.kind] 'version' must be a string, not the number 1.0 (at #/info/version)
                  hint: it is read as the text '1.0'"""), check("""
                openapi: 3.0.3
                info: {title: T, version: 1.0}
                paths: {}
                """));
    }

    @Test
    void aListWhereAMappingBelongsIsAnError() {
        assertEquals(List.of("""
                api.yaml:8:19: error: [structure.kind] 'properties' must be a mapping, not a list (at #/components/schemas/Pet/properties)
                  hint: write it as a mapping of names to values, such as properties: {name: ...}"""), check(schemas("""
                    Pet:
                      type: object
                      properties: [id, name]
                """)));
    }

    @Test
    void anUnknownTypeIsAnErrorWithTheClosestType() {
        assertEquals(List.of("""
                api.yaml:7:31: error: [structure.value] 'strnig' is not a valid 'type' (at #/components/schemas/Pet/properties/id/type)
                  hint: did you mean 'string'? 'type' is one of array, boolean, integer, number, object, string"""),
                check(schemas("""
                    Pet:
                      properties: {id: {type: strnig}}
                """)));
    }

    @Test
    void anUnknownParameterLocationIsAnErrorWithTheClosestLocation() {
        assertEquals(List.of("""
                api.yaml:7:29: error: [structure.value] 'querry' is not a valid 'in' (at #/paths/~1pets/get/parameters/0/in)
                  hint: did you mean 'query'? 'in' is one of query, header, path, cookie"""), check("""
                openapi: 3.0.3
                info: {title: T, version: '1'}
                paths:
                  /pets:
                    get:
                      parameters:
                        - {name: limit, in: querry, schema: {type: integer}}
                      responses: {'204': {description: none}}
                """));
    }

    @Test
    void aReferenceWhereOpenApiAllowsNoneIsAnError() {
        assertEquals(List.of("""
                api.yaml:2:14: error: [ref.not-allowed] $ref is not allowed in an Info Object (at #/info/$ref)
                  hint: OpenAPI allows a reference only where it names a Reference Object; write the object here"""), check("""
                openapi: 3.0.3
                info: {$ref: './info.yaml'}
                paths: {}
                """));
    }

    @Test
    void aComponentNameOutsideThePatternIsAWarning() {
        assertEquals(List.of("""
                api.yaml:6:16: warning: [structure.name] the name 'Pet Owner' does not match [a-zA-Z0-9.\\-_]+ (at #/components/schemas/Pet Owner)
                  hint: component names are made of letters, digits, '.', '-' and '_'"""), check(schemas("""
                    Pet Owner: {type: string}
                """)));
    }

    @Test
    void openApi31SchemasMayBeBooleansAndListTypesAndOpenApi30sNullableIsPointedOut() {
        assertEquals(List.of("""
                api.yaml:8:39: warning: [schema.nullable] nullable is OpenAPI 3.0's keyword, which OpenAPI 3.1 dropped; it is honoured all the same (at #/components/schemas/Pet/properties/tag/nullable)
                  hint: in OpenAPI 3.1, write type: [string, 'null'], or anyOf: [{$ref: ...}, {type: 'null'}]"""), check("""
                openapi: 3.1.0
                info: {title: T, version: '1'}
                components:
                  schemas:
                    Pet:
                      properties:
                        name: {type: [string, 'null']}
                        tag: {type: string, nullable: true}
                        anything: true
                """));
    }
}
