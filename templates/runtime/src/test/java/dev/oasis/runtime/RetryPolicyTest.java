package dev.oasis.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What is retried, how often and after how long. */
class RetryPolicyTest {

    private static final HttpHeaders NONE = HttpHeaders.of(Map.of(), (name, value) -> true);

    private final RetryPolicy policy = RetryPolicy.builder().maxAttempts(3).initialDelay(Duration.ofMillis(100))
            .maxDelay(Duration.ofSeconds(5)).build();

    @Test
    void idempotentRequestsAreRetriedOnTooManyRequestsAndServerErrorsUntilTheAttemptsRunOut() {
        assertTrue(policy.nextDelay("GET", 429, NONE, 1, Duration.ZERO).isPresent());
        assertTrue(policy.nextDelay("PUT", 503, NONE, 2, Duration.ZERO).isPresent());
        assertEquals(Optional.empty(), policy.nextDelay("GET", 503, NONE, 3, Duration.ZERO));
        assertEquals(Optional.empty(), policy.nextDelay("GET", 404, NONE, 1, Duration.ZERO));
        assertEquals(Optional.empty(), policy.nextDelay("POST", 503, NONE, 1, Duration.ZERO));
    }

    @Test
    void retryAfterInSecondsIsHonouredUpToTheLongestDelay() {
        HttpHeaders retryAfter = HttpHeaders.of(Map.of("Retry-After", List.of("2")), (name, value) -> true);
        HttpHeaders tooLong = HttpHeaders.of(Map.of("Retry-After", List.of("3600")), (name, value) -> true);

        assertEquals(Optional.of(Duration.ofSeconds(2)), policy.nextDelay("GET", 429, retryAfter, 1, Duration.ZERO));
        assertTrue(policy.nextDelay("GET", 429, tooLong, 1, Duration.ZERO).map(delay -> delay.compareTo(Duration.ofSeconds(5)) <= 0)
                .orElse(true));
    }

    @Test
    void noneNeverRetries() {
        assertEquals(Optional.empty(), RetryPolicy.none().nextDelay("GET", 503, NONE, 1, Duration.ZERO));
    }
}
