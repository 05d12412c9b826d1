package dev.oasis.generator.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.oasis.generator.SpecChecks;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Operations: unique operationIds, declared responses, parameters declared once. */
class OperationRuleTest {

    @TempDir
    Path folder;

    private List<String> check(String yaml) {
        return new SpecChecks(folder).of(yaml);
    }

    @Test
    void aDuplicateOperationIdIsAnErrorNamingTheFirstUse() {
        assertEquals(List.of("""
                api.yaml:10:20: error: [operation.duplicate-id] operationId 'getPet' is already used at api.yaml:6:20 (at #/paths/~1pets~1{id}/get/operationId)
                  hint: give every operation its own operationId; it names the operation's method"""), check("""
                openapi: 3.0.3
                info: {title: T, version: '1'}
                paths:
                  /pets:
                    get:
                      operationId: getPet
                      responses: {'204': {description: none}}
                  /pets/{id}:
                    get:
                      operationId: getPet
                      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
                      responses: {'204': {description: none}}
                """));
    }

    @Test
    void anOpenApi30OperationWithoutResponseCodesIsAnError() {
        assertEquals(List.of("""
                api.yaml:6:18: error: [operation.no-responses] the operation declares no responses (at #/paths/~1pets/get/responses)
                  hint: add the responses it returns, such as '200' with its content"""), check("""
                openapi: 3.0.3
                info: {title: T, version: '1'}
                paths:
                  /pets:
                    get:
                      responses: {x-note: none}
                """));
    }

    @Test
    void anOpenApi30OperationWithoutResponsesIsAnError() {
        assertEquals(List.of("""
                api.yaml:6:7: error: [structure.missing] missing 'responses', which an Operation Object requires (at #/paths/~1pets/get)
                  hint: add responses"""), check("""
                openapi: 3.0.3
                info: {title: T, version: '1'}
                paths:
                  /pets:
                    get:
                      operationId: listPets
                """));
    }

    @Test
    void anOpenApi31OperationWithoutResponsesIsAWarning() {
        assertEquals(List.of("""
                api.yaml:6:7: warning: [operation.no-responses] the operation declares no responses, so its method returns nothing (at #/paths/~1pets/get)
                  hint: add the responses it returns, such as '200' with its content"""), check("""
                openapi: 3.1.0
                info: {title: T, version: '1'}
                paths:
                  /pets:
                    get:
                      operationId: listPets
                """));
    }

    @Test
    void aParameterDeclaredTwiceInOneListIsAnError() {
        assertEquals(List.of("""
                api.yaml:8:18: error: [parameter.duplicate] the query parameter 'limit' is declared twice in this list (first at api.yaml:7:11) (at #/paths/~1pets/get/parameters/1/name)
                  hint: keep one of them; only one is used"""), check("""
                openapi: 3.0.3
                info: {title: T, version: '1'}
                paths:
                  /pets:
                    get:
                      parameters:
                        - {name: limit, in: query, schema: {type: integer}}
                        - {name: limit, in: query, schema: {type: string}}
                      responses: {'204': {description: none}}
                """));
    }
}
