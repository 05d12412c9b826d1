package dev.oasis.generator.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.oasis.generator.SpecChecks;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Path templates and path parameters match, both ways. */
class PathRuleTest {

    @TempDir
    Path folder;

    private List<String> check(String yaml) {
        return new SpecChecks(folder).of(yaml);
    }

    @Test
    void aVariableWhoseParameterHasAnotherNameIsReportedBothWays() {
        assertEquals(List.of("""
                api.yaml:6:7: error: [path.parameter-undeclared] GET /pets/{id} has the variable '{id}' but no path parameter named 'id' (at #/paths/~1pets~1{id}/get)
                  hint: the path parameter 'ident' is not in the path; rename it or the variable so they match""", """
                api.yaml:7:18: error: [path.parameter-unused] path parameter 'ident' does not appear in the path '/pets/{id}' (at #/paths/~1pets~1{id}/get/parameters/0/name)
                  hint: did you mean 'id'?"""), check("""
                openapi: 3.0.3
                info: {title: T, version: '1'}
                paths:
                  /pets/{id}:
                    get:
                      parameters:
                        - {name: ident, in: path, required: true, schema: {type: string}}
                      responses: {'204': {description: none}}
                """));
    }

    @Test
    void aVariableDeclaredOnThePathItemServesEveryOperation() {
        assertEquals(List.of("""
                api.yaml:10:7: error: [path.parameter-undeclared] DELETE /owners/{ownerId}/pets/{petId} has the variable '{petId}' but no path parameter named 'petId' (at #/paths/~1owners~1{ownerId}~1pets~1{petId}/delete)
                  hint: add a parameter with name: petId, in: path, required: true"""), check("""
                openapi: 3.0.3
                info: {title: T, version: '1'}
                paths:
                  /owners/{ownerId}/pets/{petId}:
                    parameters: [{name: ownerId, in: path, required: true, schema: {type: string}}]
                    get:
                      parameters: [{name: petId, in: path, required: true, schema: {type: string}}]
                      responses: {'204': {description: none}}
                    delete:
                      responses: {'204': {description: none}}
                """));
    }

    @Test
    void pathsDifferingOnlyInVariableNamesAreTheSamePath() {
        assertEquals(List.of("""
                api.yaml:9:5: warning: [path.duplicate] path '/pets/{petId}' is the same path as '/pets/{id}' (at #/paths/~1pets~1{petId})
                  hint: paths that differ only in the names of their variables cannot be told apart; merge them"""), check("""
                openapi: 3.0.3
                info: {title: T, version: '1'}
                paths:
                  /pets/{id}:
                    get:
                      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
                      responses: {'204': {description: none}}
                  /pets/{petId}:
                    delete:
                      parameters: [{name: petId, in: path, required: true, schema: {type: string}}]
                      responses: {'204': {description: none}}
                """));
    }
}
