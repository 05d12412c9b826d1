package dev.oasis.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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

    @Test
    void serverWaitsOfAnySizeOrShapeNeverOverflow() {
        RetryPolicy lenient = RetryPolicy.builder().maxElapsed(Duration.ofSeconds(Long.MAX_VALUE)).build();
        for (String value : List.of("9223372036854775807", "99999999999999999999999999", "Fri, 31 Dec 9999 23:59:59 GMT")) {
            HttpHeaders retryAfter = HttpHeaders.of(Map.of("Retry-After", List.of(value)), (name, v) -> true);
            HttpHeaders reset = HttpHeaders.of(Map.of("X-RateLimit-Reset", List.of(value)), (name, v) -> true);

            assertEquals(Optional.empty(), policy.nextDelay("GET", 429, retryAfter, 1, Duration.ZERO), value);
            assertTrue(lenient.nextDelay("GET", 429, retryAfter, 1, Duration.ofSeconds(Long.MAX_VALUE - 1)).isEmpty(), value);
            if (!value.contains(" ")) {
                assertEquals(Optional.empty(), policy.nextDelay("GET", 429, reset, 1, Duration.ZERO), value);
                assertTrue(lenient.nextDelay("GET", 429, reset, 1, Duration.ZERO).orElseThrow().compareTo(Duration.ofDays(365)) > 0, value);
            }
        }
    }

    @Test
    void negativeOrGarbledServerWaitsAreIgnoredForTheBackoff() {
        for (String value : List.of("-1", "soon", "1e3", " ", "+5")) {
            HttpHeaders headers = HttpHeaders.of(Map.of("Retry-After", List.of(value)), (name, v) -> true);

            Duration delay = policy.nextDelay("GET", 503, headers, 1, Duration.ZERO).orElseThrow();

            assertTrue(delay.compareTo(Duration.ofMillis(50)) >= 0 && delay.compareTo(Duration.ofMillis(100)) <= 0, value + ": " + delay);
        }
    }

    @Test
    void theBackoffOfHugeDelaysIsCappedWithoutOverflow() {
        RetryPolicy huge = RetryPolicy.builder().maxAttempts(100).initialDelay(Duration.ofSeconds(Long.MAX_VALUE / 2))
                .maxDelay(Duration.ofSeconds(Long.MAX_VALUE)).maxElapsed(Duration.ofSeconds(Long.MAX_VALUE)).build();

        for (int attempt = 1; attempt < 100; attempt += 7) {
            Duration delay = huge.nextDelay("GET", 503, NONE, attempt, Duration.ZERO).orElseThrow();
            assertTrue(!delay.isNegative() && delay.toNanos() <= Long.MAX_VALUE / 4, delay::toString);
        }
    }

    @Test
    void connectionFailuresAreRetriedForIdempotentMethodsOnly() {
        assertTrue(policy.nextDelayAfterConnectionFailure("GET", 1, Duration.ZERO).isPresent());
        assertTrue(policy.nextDelayAfterConnectionFailure("DELETE", 2, Duration.ZERO).isPresent());
        assertEquals(Optional.empty(), policy.nextDelayAfterConnectionFailure("GET", 3, Duration.ZERO));
        assertEquals(Optional.empty(), policy.nextDelayAfterConnectionFailure("POST", 1, Duration.ZERO));
        assertEquals(Optional.empty(), policy.nextDelayAfterConnectionFailure("PATCH", 1, Duration.ZERO));
        assertTrue(RetryPolicy.builder().retryNonIdempotent(true).build().nextDelayAfterConnectionFailure("POST", 1, Duration.ZERO)
                .isPresent());
    }

    @Test
    void theBudgetAndTheAttemptTimeoutAreCheckedAndShown() {
        RetryPolicy budgeted = RetryPolicy.builder().retryBudget(0.1, 10).attemptTimeout(Duration.ofSeconds(5)).build();

        assertEquals("RetryPolicy[maxAttempts=4, initialDelay=PT0.5S, maxDelay=PT30S, maxElapsed=PT1M, attemptTimeout=PT5S, "
                + "retryNonIdempotent=false, budget=0.1 per call, at least 10]", budgeted.toString());
        assertEquals(Duration.ofSeconds(5), budgeted.attemptTimeout());
        assertEquals("retryBudget needs a ratio from 0 to 1 and minRetries of at least 0, was 1.5 and 1",
                assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder().retryBudget(1.5, 1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder().retryBudget(Double.NaN, 1));
    }
}
