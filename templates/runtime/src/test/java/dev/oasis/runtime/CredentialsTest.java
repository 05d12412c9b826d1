package dev.oasis.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
        Map<String, String> headers = new LinkedHashMap<>();
        List<String> query = new ArrayList<>();
        List<String> cookies = new ArrayList<>();

        boolean supplied = credentials.apply(List.of(List.of("missing"), List.of("key", "cookie"), List.of("basic")), headers::put,
                query, cookies, false);

        assertEquals(List.of("api_key=k%20y"), query);
        assertEquals(List.of("token=cookie-secret"), cookies);
        assertEquals(Map.of(), headers);
        assertFalse(supplied);
    }

    @Test
    void basicAuthenticationIsBase64OfUserAndPassword() {
        Map<String, String> headers = new LinkedHashMap<>();

        credentials.apply(List.of(List.of("basic")), headers::put, new ArrayList<>(), new ArrayList<>(), false);

        assertEquals(Map.of("Authorization", "Basic YW5uOnAmc3M="), headers);
    }

    @Test
    void secretsPlainAndPercentEncodedAreRedacted() {
        String redacted = credentials.redact("sent api_key=k%20y and k y with Basic YW5uOnAmc3M= for p&ss");

        assertEquals("sent api_key=**** and **** with Basic **** for ****", redacted);
        assertEquals("[basic, cookie, key]", credentials.schemes().toString());
        assertFalse(Credentials.bearer("t0ken").toString().contains("t0ken"));
    }

    @Test
    void aSuppliedTokenIsAskedOnEachCallRefreshedOnRequestAndRedacted() {
        List<Boolean> asked = new ArrayList<>();
        Credentials supplied = new Credentials(Map.of(), Map.of("bearer", refresh -> {
            asked.add(refresh);
            return refresh ? "fresh-token" : "old-token";
        }));
        Map<String, String> headers = new LinkedHashMap<>();

        assertTrue(supplied.apply(List.of(List.of("bearer")), headers::put, new ArrayList<>(), new ArrayList<>(), false));
        assertEquals("Bearer old-token", headers.get("Authorization"));
        supplied.apply(List.of(List.of("bearer")), headers::put, new ArrayList<>(), new ArrayList<>(), true);

        assertEquals("Bearer fresh-token", headers.get("Authorization"));
        assertEquals(List.of(false, true), asked);
        assertEquals("refused **** and ****", supplied.redact("refused old-token and fresh-token"));
        assertEquals("[bearer]", supplied.schemes().toString());
    }

    @Test
    void aFailingTokenSupplierFailsWithoutItsMessage() {
        Credentials failing = new Credentials(Map.of(), Map.of("bearer", refresh -> {
            throw new IllegalStateException("vault password hunter2 rejected");
        }));

        HookFailure failure = assertThrows(HookFailure.class, () -> failing.apply(List.of(List.of("bearer")), (name, value) -> { },
                new ArrayList<>(), new ArrayList<>(), false));

        assertEquals("the token supplier of security scheme 'bearer' failed with java.lang.IllegalStateException"
                + " (its message is withheld, as it may hold a secret)", failure.getMessage());
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        assertFalse(trace.toString().contains("hunter2"), trace::toString);
        assertTrue(trace.toString().contains("CredentialsTest"), "the supplier's stack trace is kept");
    }
}
