package dev.oasis.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Credentials go where their scheme says, for the first complete security alternative, and never appear in text. */
class CredentialsTest {

    private final Credentials credentials = new Credentials(Map.of(
            "basic", Credentials.basic("ann", "p&ss"),
            "key", Credentials.apiKey(ApiRequest.Location.QUERY, "api_key", "k y"),
            "cookie", Credentials.apiKey(ApiRequest.Location.COOKIE, "token", "cookie-secret")));

    @Test
    void theFirstAlternativeWhoseSchemesAllHaveACredentialIsApplied() {
        HttpRequest.Builder http = HttpRequest.newBuilder(URI.create("http://localhost/"));
        List<String> query = new ArrayList<>();
        List<String> cookies = new ArrayList<>();

        credentials.apply(List.of(List.of("missing"), List.of("key", "cookie"), List.of("basic")), http, query, cookies);

        assertEquals(List.of("api_key=k%20y"), query);
        assertEquals(List.of("token=cookie-secret"), cookies);
        assertFalse(http.build().headers().firstValue("Authorization").isPresent());
    }

    @Test
    void basicAuthenticationIsBase64OfUserAndPassword() {
        HttpRequest.Builder http = HttpRequest.newBuilder(URI.create("http://localhost/"));

        credentials.apply(List.of(List.of("basic")), http, new ArrayList<>(), new ArrayList<>());

        assertEquals("Basic YW5uOnAmc3M=", http.build().headers().firstValue("Authorization").orElseThrow());
    }

    @Test
    void secretsPlainAndPercentEncodedAreRedacted() {
        String redacted = credentials.redact("sent api_key=k%20y and k y with Basic YW5uOnAmc3M= for p&ss");

        assertEquals("sent api_key=**** and **** with Basic **** for ****", redacted);
        assertEquals("[basic, cookie, key]", credentials.schemes().toString());
        assertFalse(Credentials.bearer("t0ken").toString().contains("t0ken"));
    }
}
