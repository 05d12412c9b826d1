package dev.oasis.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Per-request options combine with later ones winning, and print no header values; an outgoing request prints no secrets. */
class RequestOptionsTest {

    @Test
    void laterOptionsWinAndHeadersMergeWhateverTheirCase() {
        RequestOptions base = RequestOptions.builder().header("X-A", "1").header("X-B", "2").timeout(Duration.ofSeconds(5))
                .idempotencyKey("k1").build();
        RequestOptions more = RequestOptions.builder().header("x-a", "3").retryPolicy(RetryPolicy.none()).build();

        RequestOptions combined = base.with(more);

        assertEquals(Map.of("X-B", "2", "x-a", "3"), combined.headers());
        assertEquals(Duration.ofSeconds(5), combined.timeout().orElseThrow());
        assertEquals("k1", combined.idempotencyKey().orElseThrow());
        assertEquals(RetryPolicy.none().toString(), combined.retryPolicy().orElseThrow().toString());
    }

    @Test
    void badValuesAreRefusedAndValuesNeverPrinted() {
        assertThrows(IllegalArgumentException.class, () -> RequestOptions.builder().header("X", "a\nb"));
        assertThrows(IllegalArgumentException.class, () -> RequestOptions.builder().timeout(Duration.ZERO));
        String text = RequestOptions.builder().header("Authorization", "Bearer secret").idempotencyKey("key-secret").build().toString();

        assertFalse(text.contains("secret"), text);
    }

    @Test
    void anOutgoingRequestPrintsNeitherHeaderValuesNorTheQuery() {
        OutgoingRequest request = new OutgoingRequest("op", "GET", URI.create("https://user:pw@api.example:8443/p?api_key=secret"), 1, null);
        request.addHeader("Authorization", "Bearer secret").addHeader("X-Many", "1").addHeader("x-many", "2");

        assertEquals("OutgoingRequest[op GET https://api.example:8443/p, attempt 1, headers=[Authorization, X-Many]]", request.toString());
        assertEquals(List.of("1", "2"), request.headers().get("X-Many"));
        request.removeHeader("AUTHORIZATION");
        assertEquals(List.of("X-Many"), List.copyOf(request.headers().keySet()));
    }
}
