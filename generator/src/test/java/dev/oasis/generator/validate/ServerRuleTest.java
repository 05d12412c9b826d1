package dev.oasis.generator.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.oasis.generator.SpecChecks;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Server URLs declare their variables, and defaults are among the allowed values. */
class ServerRuleTest {

    @TempDir
    Path folder;

    @Test
    void anUndeclaredVariableAndADefaultOutsideTheEnumAreErrors() {
        assertEquals(List.of("""
                api.yaml:4:10: error: [server.variable] the server URL 'https://{region}.{host}/v1' uses '{host}', which its variables do not declare (at #/servers/0/url)
                  hint: declare it under variables, with a default""", """
                api.yaml:7:18: error: [server.variable] the default 'mars' is not one of the variable's values (at #/servers/0/variables/region/default)
                  hint: make the default one of eu, us"""), new SpecChecks(folder).of("""
                openapi: 3.0.3
                info: {title: T, version: '1'}
                servers:
                  - url: 'https://{region}.{host}/v1'
                    variables:
                      region:
                        default: mars
                        enum: [eu, us]
                paths: {}
                """));
    }
}
