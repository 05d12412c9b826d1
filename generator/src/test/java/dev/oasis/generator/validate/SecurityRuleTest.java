package dev.oasis.generator.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.oasis.generator.SpecChecks;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Security requirements name declared schemes; each scheme has what its type needs. */
class SecurityRuleTest {

    @TempDir
    Path folder;

    private List<String> check(String yaml) {
        return new SpecChecks(folder).of(yaml);
    }

    @Test
    void aRequirementNamingAnUndeclaredSchemeIsAnErrorWithTheClosestName() {
        assertEquals(List.of("""
                api.yaml:4:21: error: [security.undeclared] the security requirement names 'apiKey', which components.securitySchemes does not declare (at #/security/0/apiKey)
                  hint: did you mean 'api_key'?"""), check("""
                openapi: 3.0.3
                info: {title: T, version: '1'}
                paths: {}
                security: [{apiKey: []}]
                components:
                  securitySchemes:
                    api_key: {type: apiKey, name: X-Key, in: header}
                """));
    }

    @Test
    void anUnknownSchemeTypeIsAnErrorWithTheClosestType() {
        assertEquals(List.of("""
                api.yaml:7:13: error: [structure.value] 'basic' is not a valid 'type' (at #/components/securitySchemes/basic/type)
                  hint: 'type' is one of apiKey, http, oauth2, openIdConnect"""), check("""
                openapi: 3.0.3
                info: {title: T, version: '1'}
                paths: {}
                components:
                  securitySchemes:
                    basic:
                      type: basic
                """));
    }

    @Test
    void anApiKeySchemeWithoutItsNameAndAnUnsupportedHttpSchemeAreErrors() {
        assertEquals(List.of("""
                api.yaml:6:10: error: [security.incomplete] an apiKey scheme needs 'name' (at #/components/securitySchemes/key)
                  hint: add name to the scheme""", """
                api.yaml:7:34: error: [security.unsupported] HTTP authentication scheme 'digest' is not supported by the generated client (at #/components/securitySchemes/digest/scheme)
                  hint: the client sends basic and bearer credentials only; send others with a request interceptor"""), check("""
                openapi: 3.0.3
                info: {title: T, version: '1'}
                paths: {}
                components:
                  securitySchemes:
                    key: {type: apiKey, in: header}
                    digest: {type: http, scheme: digest}
                """));
    }

    @Test
    void schemesTheClientNeedsNothingFromAreWarnings() {
        assertEquals(List.of("""
                api.yaml:6:12: warning: [security.incomplete] an oauth2 scheme needs 'flows' (at #/components/securitySchemes/oauth)
                  hint: add flows to the scheme""", """
                api.yaml:7:11: warning: [security.incomplete] an openIdConnect scheme needs 'openIdConnectUrl' (at #/components/securitySchemes/oidc)
                  hint: add openIdConnectUrl to the scheme""", """
                api.yaml:8:18: warning: [security.unsupported] mutual TLS is not configured by the generated client (at #/components/securitySchemes/mtls/type)
                  hint: give the client an HttpClient whose SSLContext holds the client certificate"""), check("""
                openapi: 3.1.0
                info: {title: T, version: '1'}
                paths: {}
                components:
                  securitySchemes:
                    oauth: {type: oauth2}
                    oidc: {type: openIdConnect}
                    mtls: {type: mutualTLS}
                """));
    }
}
