package dev.oasis.runtime;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The wait a server asks for: {@code Retry-After} in seconds or as an HTTP date, else for 429 the
 * seconds until the rate limit resets ({@code X-RateLimit-Reset}, as Datadog sends). Whatever the
 * header holds, the result is a valid duration: a number too large for a {@code long} counts as the
 * longest wait, a date in the past as none, and a negative number or anything else as no answer.
 */
final class ServerDelay {

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    /** Longer than any sensible wait, short enough that no arithmetic on it overflows. */
    private static final Duration LONGEST = Duration.ofDays(365L * 1000);

    private ServerDelay() {
    }

    /**
     * The wait a response asks for.
     *
     * @param status the response status
     * @param headers the response headers
     * @return the wait, or empty when the server names none
     */
    static Optional<Duration> of(int status, HttpHeaders headers) {
        Optional<Duration> retryAfter = headers.firstValue("Retry-After").flatMap(ServerDelay::retryAfter);
        if (retryAfter.isPresent() || status != 429) {
            return retryAfter;
        }
        return headers.firstValue("X-RateLimit-Reset").flatMap(ServerDelay::seconds);
    }

    private static Optional<Duration> retryAfter(String value) {
        Optional<Duration> seconds = seconds(value);
        if (seconds.isPresent()) {
            return seconds;
        }
        try {
            Instant at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration until = Duration.between(Instant.now(), at);
            return Optional.of(until.isNegative() ? Duration.ZERO : until.compareTo(LONGEST) > 0 ? LONGEST : until);
        } catch (DateTimeParseException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    private static Optional<Duration> seconds(String value) {
        String trimmed = value.trim();
        if (!DIGITS.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        if (trimmed.length() > 12) {
            return Optional.of(LONGEST);
        }
        Duration seconds = Duration.ofSeconds(Long.parseLong(trimmed));
        return Optional.of(seconds.compareTo(LONGEST) > 0 ? LONGEST : seconds);
    }
}
