package dev.oasis.generator.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.oasis.generator.SpecChecks;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parameters: style per location, schema or content, path parameters required. */
class ParameterRuleTest {

    @TempDir
    Path folder;

    private List<String> check(String parameter) {
        return new SpecChecks(folder).of("""
                openapi: 3.0.3
                info: {title: T, version: '1'}
                paths:
                  /pets/{id}:
                    get:
                      parameters:
                        - {name: id, in: path, required: true, schema: {type: string}}
                """ + "        - " + parameter + "\n" + """
                      responses: {'204': {description: none}}
                """);
    }

    @Test
    void aStyleTheLocationDoesNotAllowIsAnError() {
        assertEquals(List.of("""
                api.yaml:8:42: error: [parameter.style] parameter 'tags' in query has style: 'simple' (at #/paths/~1pets~1{id}/get/parameters/1/style)
                  hint: use one of form, spaceDelimited, pipeDelimited, deepObject for query parameters"""),
                check("{name: tags, in: query, style: simple, schema: {type: array, items: {type: string}}}"));
    }

    @Test
    void aParameterWithoutSchemaOrContentIsAnError() {
        assertEquals(List.of("""
                api.yaml:8:11: error: [parameter.no-schema] parameter 'limit' has neither schema nor content (at #/paths/~1pets~1{id}/get/parameters/1)
                  hint: describe its value, such as schema: {type: string}"""), check("{name: limit, in: query}"));
    }

    @Test
    void aParameterWithBothSchemaAndContentIsAnError() {
        assertEquals(List.of("""
                api.yaml:8:70: error: [parameter.schema-and-content] parameter 'filter' has both schema and content (at #/paths/~1pets~1{id}/get/parameters/1/content)
                  hint: describe its value with one of them"""),
                check("{name: filter, in: query, schema: {type: string}, content: {application/json: {schema: {type: object}}}}"));
    }

    @Test
    void aPathParameterNotMarkedRequiredIsAWarning() {
        List<String> problems = new SpecChecks(folder).of("""
                openapi: 3.0.3
                info: {title: T, version: '1'}
                paths:
                  /pets/{id}:
                    get:
                      parameters:
                        - {name: id, in: path, schema: {type: string}}
                      responses: {'204': {description: none}}
                """);

        assertEquals(List.of("""
                api.yaml:7:11: warning: [parameter.path-required] path parameter 'id' is not marked required: true (at #/paths/~1pets~1{id}/get/parameters/0)
                  hint: path parameters are always required; add required: true"""), problems);
    }

    @Test
    void contentWithMoreThanOneMediaTypeIsAnError() {
        assertEquals(List.of("""
                api.yaml:8:46: error: [parameter.content] the content of parameter 'filter' must hold exactly one media type, not 2 (at #/paths/~1pets~1{id}/get/parameters/1/content)
                  hint: keep the one media type the parameter is sent as"""),
                check("{name: filter, in: query, content: {application/json: {schema: {type: object}}, text/plain: {schema: {type: string}}}}"));
    }
}
