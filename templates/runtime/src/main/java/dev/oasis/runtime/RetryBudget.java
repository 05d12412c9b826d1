package dev.oasis.runtime;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The retries one client may still make, shared by all its calls (a token bucket): every call adds
 * {@code ratio} of a retry, every retry takes one, and the bucket holds at most {@code minRetries}
 * (where it starts). Over any stretch of time, retries are at most {@code minRetries} plus
 * {@code ratio} times the calls made, so a storm of 429s or 503s cannot multiply the traffic the
 * client sends. Thread-safe.
 */
final class RetryBudget {

    /** Tokens are counted in thousandths of a retry. */
    private static final long ONE_RETRY = 1000;

    private final long perCall;
    private final long capacity;
    private final AtomicLong balance;

    private RetryBudget(long perCall, long capacity) {
        this.perCall = perCall;
        this.capacity = capacity;
        this.balance = new AtomicLong(capacity);
    }

    /**
     * A budget.
     *
     * @param ratio the retries each call earns, such as 0.1 for one retry per ten calls
     * @param minRetries the retries available at the start, and the most ever saved up
     * @return a new budget, full
     */
    static RetryBudget of(double ratio, int minRetries) {
        return new RetryBudget(Math.round(ratio * ONE_RETRY), (long) minRetries * ONE_RETRY);
    }

    /** @return a budget that allows every retry */
    static RetryBudget unlimited() {
        return new RetryBudget(0, Long.MAX_VALUE);
    }

    /** Counts a call. */
    void called() {
        if (capacity != Long.MAX_VALUE) {
            balance.accumulateAndGet(perCall, (current, add) -> Math.min(capacity, current + add));
        }
    }

    /**
     * Takes one retry from the budget.
     *
     * @return false when the budget is spent and the call must not retry
     */
    boolean tryRetry() {
        if (capacity == Long.MAX_VALUE) {
            return true;
        }
        long current;
        do {
            current = balance.get();
            if (current < ONE_RETRY) {
                return false;
            }
        } while (!balance.compareAndSet(current, current - ONE_RETRY));
        return true;
    }
}
