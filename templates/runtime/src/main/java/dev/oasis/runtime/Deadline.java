package dev.oasis.runtime;

import java.time.Duration;

/**
 * The one deadline of a call: every attempt, every wait between attempts, every redirect and every
 * body byte must fit before it. Each attempt may also have a shorter limit of its own. Durations too
 * long to count in nanoseconds (about 292 years) count as that long; no arithmetic here overflows.
 */
final class Deadline {

    /** The longest duration counted, so that adding it to {@link System#nanoTime()} differences cannot overflow. */
    private static final long LONGEST_NANOS = Long.MAX_VALUE / 4;

    private final Duration total;
    private final long totalNanos;
    private final long attemptNanos;
    private final long start;

    private Deadline(Duration total, Duration attempt, long start) {
        this.total = total;
        this.totalNanos = nanos(total);
        this.attemptNanos = attempt == null ? LONGEST_NANOS : nanos(attempt);
        this.start = start;
    }

    /**
     * Starts the deadline of a call now.
     *
     * @param total how long the whole call may take
     * @param attempt how long one attempt may take, or null for no limit besides the deadline
     * @return the deadline
     */
    static Deadline start(Duration total, Duration attempt) {
        return new Deadline(total, attempt, System.nanoTime());
    }

    /** @return how long the whole call may take */
    Duration total() {
        return total;
    }

    /** @return the time since the call started */
    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** @return the time left, never negative */
    long remainingNanos() {
        return Math.max(0, totalNanos - (System.nanoTime() - start));
    }

    /** @return how long the next attempt may take: its own limit or what is left of the call, whichever is shorter */
    long attemptNanos() {
        return Math.min(attemptNanos, remainingNanos());
    }

    /**
     * Whether a limit of an attempt is the call's deadline rather than the attempt's own limit.
     *
     * @param limitNanos the attempt's limit, from {@link #attemptNanos()}
     * @return true when what was left of the call was shorter than the attempt's own limit
     */
    boolean isCallLimit(long limitNanos) {
        return limitNanos < attemptNanos;
    }

    /**
     * Whether a wait ends before the deadline, leaving time for another attempt.
     *
     * @param wait the wait
     * @return true when the wait is shorter than the time left
     */
    boolean allows(Duration wait) {
        return nanos(wait) < remainingNanos();
    }

    /**
     * A duration in nanoseconds, saturating instead of overflowing.
     *
     * @param duration a non-negative duration
     * @return its nanoseconds, at most about 73 years
     */
    static long nanos(Duration duration) {
        return duration.compareTo(Duration.ofNanos(LONGEST_NANOS)) >= 0 ? LONGEST_NANOS : Math.max(0, duration.toNanos());
    }
}
